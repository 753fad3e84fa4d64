import { API_LABEL } from './cells';
import { COMPARE_APIS, type Cell, type CompareResult } from './schema';

/**
 * Plain-text views of a CompareResult shared by the CLI reporters and the VS Code "Copy as Markdown":
 * the cell's one-line summary and the Markdown report (ready to paste in a ticket).
 * Every API-provided string is flattened to one plain line: control characters (C0, C1, DEL, bidi
 * overrides) removed, line breaks and tabs as spaces (a Markdown table cell, a one-line summary).
 * Terminal output escapes instead, visibly: src/core/terminal.ts `inert`.
 */
export function flatLine(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\r\n\t]+/g, ' ');
}

export const STATUS_MARK: Record<Cell['status'], string> = {
  eligible: '✔', 'not-eligible': '✘', 'not-offered': '·', 'needs-choice': '?', error: '!', 'not-asked': '–',
};

export function rate(c: Cell): string {
  if (c.bestDownMbps === undefined) return '';
  const f = (n: number) => (n >= 100 ? String(Math.round(n)) : String(Math.round(n * 100) / 100));
  return `${f(c.bestDownMbps)}/${c.bestUpMbps === undefined ? '?' : f(c.bestUpMbps)} Mbit/s`;
}

/** e.g. `eligible FTTH-MAX-1G, FTTH-MAX-300M 1000/250 Mbit/s`, `not-eligible TOO_MUCH_ATTENUATION` */
export function cellSummary(c: Cell, maxOffers = 3): string {
  switch (c.status) {
    case 'eligible': {
      const offers = c.offers.slice(0, maxOffers).join(', ') + (c.offers.length > maxOffers ? ` +${c.offers.length - maxOffers}` : '');
      return flatLine(['eligible', offers, rate(c)].filter(Boolean).join(' '));
    }
    case 'not-eligible': return flatLine(`not-eligible ${c.reason?.code ?? ''}`.trim());
    case 'needs-choice': return flatLine(`needs-choice ${c.candidates?.length ? `(${c.candidates.length} candidates)` : c.reason?.code ?? ''}`.trim());
    case 'error': return flatLine(`error ${[c.error?.status, c.error?.code].filter(Boolean).join(' ')}`.trim());
    default: return c.status;
  }
}

function md(s: string): string { return flatLine(s).replace(/([\\|`*_<>[\]])/g, '\\$1'); }

export function markdownReport(r: CompareResult): string {
  const out: string[] = [`## Eligibility matrix: ${md(r.query)}`, ''];
  out.push(`| Technology | ${COMPARE_APIS.map(a => API_LABEL[a]).join(' | ')} |`, `|---|${COMPARE_APIS.map(() => '---').join('|')}|`);
  for (const row of r.matrix) {
    out.push(`| ${row.technology} | ${COMPARE_APIS.map(a => `${STATUS_MARK[row.cells[a].status]} ${md(cellSummary(row.cells[a], 6))}`).join(' | ')} |`);
  }
  if (r.disagreements.length) {
    out.push('', '**Disagreements**', '');
    for (const d of r.disagreements) out.push(`- ${md(d.message)}`);
  }
  const reasons = r.matrix.flatMap(row => COMPARE_APIS.flatMap(a => {
    const c = row.cells[a];
    if (c.status === 'not-eligible' && c.reason) return [`- ${row.technology} · ${API_LABEL[a]}: \`${md(c.reason.code)}\` ${md(c.reason.message)}`];
    if (c.status === 'error' && c.error) return [`- ${row.technology} · ${API_LABEL[a]}: error ${md([c.error.status, c.error.code].filter(Boolean).join(' '))} ${md(c.error.message)}`];
    return [];
  }));
  if (reasons.length) out.push('', '**Reasons**', '', ...reasons);
  out.push('', '**Resolution**', '');
  for (const a of COMPARE_APIS) {
    const x = r.resolved[a];
    const calls = x.calls.length ? ` — ${x.calls.length} call(s): ${x.calls.map(c => md(c.call.operation)).join(', ')}` : '';
    out.push(`- ${API_LABEL[a]}: ${x.status}${x.via ? ` via ${md(x.via)}` : ''}${x.address ? `, ${md(x.address)}` : ''}${x.building ? `, building ${md(x.building)}` : ''}${x.message ? ` (${md(x.message)})` : ''}${calls}`);
    for (const c of x.candidates ?? []) out.push(`  - candidate ${md(c.label)}${c.label === c.code ? '' : ` (${md(c.code)})`}`);
  }
  return out.join('\n') + '\n';
}
