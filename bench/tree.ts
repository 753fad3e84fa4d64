/**
 * 5. Tree rows: the TreeDataProvider in the real extension host (measured by bench/host/tree.ts,
 * in the same fresh hosts as the activation runs of bench/activation.ts).
 */
import type { HostBenchResult, TreeTimes } from './host/result';
import { median, round, Row } from './lib';

const CACHED_BUDGET_MS = 50;

function rowsFor(ids: [string, string], what: string, times: TreeTimes[], error?: string): Row[] {
  if (!times.length) {
    return [{ id: ids[0], metric: `tree: ${what}`, value: NaN, unit: 'ms', budget: 'runs', pass: false, note: error ?? 'no sample' }];
  }
  const t = times[times.length - 1];
  const cold = round(median(times.map(x => x.coldMs))), cached = round(median(times.map(x => x.cachedMs)));
  const second = times.map(x => x.secondPageMs).filter((x): x is number => x !== undefined);
  const shape = `${t.total.toLocaleString('en')} children, first page shows ${t.visible} nodes ending “${t.lastLabel}”`;
  return [
    { id: ids[0], metric: `tree: ${what}, first page, cold`, value: cold, unit: 'ms', budget: 'informative',
      note: `median of ${times.length} fresh hosts; answer from the embedded sandbox (no injected latency); getChildren + getTreeItem of each shown node; ${shape}` },
    { id: ids[1], metric: `tree: ${what}, first page, cached`, value: cached, unit: 'ms', budget: `≤ ${CACHED_BUDGET_MS} ms`,
      pass: cached <= CACHED_BUDGET_MS && t.total > 0,
      note: `median of ${t.cachedRuns} redraws × ${times.length} hosts; after “Load more”: ${second.length ? round(median(second)) : 'n/a'} ms for ${t.secondPageVisible ?? '?'} nodes` },
  ];
}

export function treeRows(results: HostBenchResult[]): Row[] {
  const err = (k: string) => results.flatMap(r => r.errors).find(e => e.startsWith(k));
  return [
    ...rowsFor(['5a', '5b'], 'MARSEILLE 13008 streets', results.flatMap(r => (r.city ? [r.city] : [])), err('city')),
    ...rowsFor(['5c', '5d'], 'ROUTE DE SAINT OMER numbers', results.flatMap(r => (r.street ? [r.street] : [])), err('street')),
  ];
}
