import type { RequestOutcome, RunSummary } from '../../core/requests/runner';
import { inert as t } from '../../core/terminal';

export interface PrettyOptions { color: boolean; totalMs: number }

/**
 * `--reporter pretty`: a line per request, failed assertions with expected/actual, a summary.
 * Every piece of data is made inert (no control character reaches the terminal); only our own
 * colours are escape sequences, and only when `color` is set (TTY, no NO_COLOR, no --out).
 */
export function prettyReport(outcomes: readonly RequestOutcome[], summary: RunSummary, opts: PrettyOptions): string {
  const c = (code: string) => (s: string) => opts.color ? `\u001b[${code}m${s}\u001b[0m` : s;
  const green = c('32'), red = c('31'), yellow = c('33'), dim = c('2'), bold = c('1');
  const lines: string[] = [];
  let file: string | undefined;
  for (const o of outcomes) {
    if (o.file !== file) { file = o.file; lines.push(bold(t(file))); }
    const what = dim(`${t(o.api)} ${t(o.operation)}`);
    if (o.skipped) { lines.push(`  ${yellow('-')} ${t(o.name)} ${what} ${dim(`skipped: ${t(o.skipped)}`)}`); continue; }
    const mark = o.passed ? green('✓') : !o.ok && !o.expectedFailure ? red('!') : red('✗');
    const offers = o.offers.length ? dim(` ${o.offers.filter(x => x.eligible).length}/${o.offers.length} offers eligible`) : o.resultCount !== undefined ? dim(` ${o.resultCount} results`) : '';
    lines.push(`  ${mark} ${t(o.name)} ${what}${offers} ${dim(`${o.durationMs} ms`)}`);
    if (o.passed) continue;
    if (o.error && !o.ok && !o.expectedFailure) {
      lines.push(`      ${red('error')} ${t(o.error.kind)}${o.error.status ? ` ${o.error.status}` : ''}${o.error.code ? ` code ${t(String(o.error.code))}` : ''}: ${t(o.error.message)}`);
      continue;
    }
    for (const a of o.assertions.filter(x => !x.passed)) {
      lines.push(`      ${red('✗')} ${t(a.description)}`);
      if (a.expected !== undefined) lines.push(`          expected: ${t(String(a.expected))}`);
      if (a.actual !== undefined) lines.push(`          actual:   ${t(String(a.actual))}`);
    }
  }
  const parts = [
    summary.passed ? green(`${summary.passed} passed`) : `${summary.passed} passed`,
    summary.failed ? red(`${summary.failed} failed`) : '',
    summary.errors ? red(`${summary.errors} errors`) : '',
    summary.skipped ? yellow(`${summary.skipped} skipped`) : '',
  ].filter(Boolean);
  lines.push('', `${parts.join(', ')} ${dim(`(${summary.total} requests in ${(opts.totalMs / 1000).toFixed(2)} s)`)}`);
  return lines.join('\n') + '\n';
}
