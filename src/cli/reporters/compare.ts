import { API_LABEL, COMPARE_APIS, type CompareResult } from '../../core/compare';
import { cellSummary, STATUS_MARK } from '../../core/compare/text';
import { inert } from '../../core/terminal';

export { markdownReport } from '../../core/compare/text';

/** `elig compare --reporter pretty`: the matrix as a coloured table, then disagreements and the resolution. */
export function prettyCompare(r: CompareResult, opts: { color: boolean; totalMs?: number }): string {
  const c = (code: string) => (s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const paint: Record<string, (s: string) => string> = {
    eligible: c('32'), 'not-eligible': c('31'), 'not-offered': c('2'), 'needs-choice': c('33'), error: c('35'), 'not-asked': c('2'),
  };
  const dim = c('2'), bold = c('1');
  const width = 34;
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
  const lines = [bold(`Eligibility matrix: ${inert(r.query)}`), ''];
  lines.push(`${'Technology'.padEnd(11)}${COMPARE_APIS.map(a => bold(API_LABEL[a].padEnd(width))).join(' ')}`);
  for (const row of r.matrix) {
    lines.push(`${row.technology.padEnd(11)}${COMPARE_APIS.map(a => {
      const cell = row.cells[a];
      return paint[cell.status](cut(`${STATUS_MARK[cell.status]} ${cellSummary(cell)}`));
    }).join(' ')}`);
  }
  const details = r.matrix.flatMap(row => COMPARE_APIS.flatMap(a => {
    const cell = row.cells[a];
    if (cell.status === 'not-eligible' && cell.reason) return [`  ${row.technology} ${API_LABEL[a]}: ${inert(cell.reason.code)} ${dim(inert(cell.reason.message))}`];
    if (cell.status === 'error' && cell.error) return [`  ${row.technology} ${API_LABEL[a]}: ${paint.error('error')} ${inert(cell.error.message)}`];
    return [];
  }));
  if (details.length) lines.push('', bold('Reasons'), ...details);
  if (r.disagreements.length) lines.push('', bold('Disagreements'), ...r.disagreements.map(d => `  ${paint['needs-choice']('≠')} ${inert(d.message)}`));
  lines.push('', bold('Resolution'));
  for (const a of COMPARE_APIS) {
    const x = r.resolved[a];
    const head = `  ${API_LABEL[a].padEnd(11)} ${x.status}${x.via ? ` via ${inert(x.via)}` : ''}${x.building ? ` · ${inert(x.building)}` : ''}${x.address ? ` · ${inert(x.address)}` : ''}`;
    lines.push(`${head} ${dim(`${x.calls.length} call(s)${x.message ? ` · ${inert(x.message)}` : ''}`)}`);
    for (const t of x.trace) lines.push(dim(`      ${inert(t.step)}${t.matched ? `: ${inert(t.matched)}` : ''}${t.how ? ` (${inert(t.how)})` : ''}${t.from ? ` [from ${t.from}]` : ''}`));
    for (const cand of x.candidates ?? []) lines.push(`      ${paint['needs-choice']('?')} ${inert(cand.label)}${cand.label === cand.code ? '' : ` ${dim(inert(cand.code))}`}`);
  }
  const calls = COMPARE_APIS.reduce((n, a) => n + r.resolved[a].calls.length, 0);
  lines.push('', dim(`${calls} calls${opts.totalMs !== undefined ? ` in ${(opts.totalMs / 1000).toFixed(2)} s` : ''}`));
  return lines.join('\n') + '\n';
}
