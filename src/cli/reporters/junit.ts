import type { RequestOutcome } from '../../core/requests/runner';
import { summarize } from '../../core/requests/runner';

/** `--reporter junit`: one <testsuite> per request file, one <testcase> per request. */
export function junitReport(outcomes: readonly RequestOutcome[], totalMs: number): string {
  const byFile = new Map<string, RequestOutcome[]>();
  for (const o of outcomes) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  const all = summarize(outcomes);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="elig" tests="${all.total}" failures="${all.failed}" errors="${all.errors}" skipped="${all.skipped}" time="${sec(totalMs)}">`];
  for (const [file, list] of byFile) {
    const s = summarize(list);
    const time = list.reduce((t, o) => t + o.durationMs, 0);
    lines.push(`  <testsuite name="${esc(file)}" tests="${s.total}" failures="${s.failed}" errors="${s.errors}" skipped="${s.skipped}" time="${sec(time)}">`);
    for (const o of list) {
      const head = `    <testcase classname="${esc(file)}" name="${esc(o.name)}" time="${sec(o.durationMs)}"`;
      if (o.skipped) { lines.push(`${head}>`, `      <skipped message="${esc(o.skipped)}"/>`, '    </testcase>'); continue; }
      if (o.passed) { lines.push(`${head}/>`); continue; }
      const failedAssertions = o.assertions.filter(a => !a.passed);
      const detail = [
        `${o.api} ${o.operation}`,
        ...failedAssertions.map(a => `✗ ${a.description}${a.expected !== undefined ? `\n    expected: ${a.expected}` : ''}${a.actual !== undefined ? `\n    actual:   ${a.actual}` : ''}`),
        ...(o.error ? [`error: ${o.error.kind}${o.error.status ? ` ${o.error.status}` : ''}${o.error.code ? ` code ${o.error.code}` : ''}: ${o.error.message}`] : []),
      ].join('\n');
      const unexpectedError = !o.ok && !o.expectedFailure;
      const tag = unexpectedError ? 'error' : 'failure';
      const message = unexpectedError ? o.error?.message ?? 'request failed' : failedAssertions.map(a => a.description).join('; ');
      lines.push(`${head}>`, `      <${tag} message="${esc(message)}" type="${unexpectedError ? esc(o.error?.kind ?? 'error') : 'assertion'}">${esc(detail)}</${tag}>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

const sec = (ms: number) => (ms / 1000).toFixed(3);

/** XML text/attribute escaping; characters XML 1.0 forbids are dropped, C1 controls become references. */
export function esc(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // CR, tab, C1 controls, line separators and bidi overrides: numeric references (same value for
    // an XML reader), so a terminal showing the XML stays inert
    .replace(/[\t\r\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, c => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
