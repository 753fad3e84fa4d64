/**
 * The Markdown a user pastes in a provider's support ticket: what was asked, when, of which API,
 * with which kind of profile, the query ids, the outcome and the offers. A view of the ExecResult
 * (nothing in it that the result does not say); secrets were redacted when the result was made,
 * and every line passes the redactor again.
 */
import { redactor } from '../log';
import type { ExecResult } from '../result';
import { queryIds } from './har';

export const API_NAMES: Record<string, string> = {
  'ovh': 'OVHcloud Connectivity',
  'orange-b2b': 'Orange Business Eligibility (b2b)',
  'orange-rip': 'Orange RIP Operator Eligibility',
};

export interface SummaryContext {
  /** `sandbox`, `ovh`, `orange`, … (never the credentials) */
  profileKind?: string;
  /** the HAR file written next to it, to name in the text */
  harFile?: string;
  /** tool version */
  version?: string;
}

/** `|` and line breaks would break a Markdown table cell. */
const cell = (s: unknown) => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const rate = (v: number | undefined) => (v === undefined ? '—' : `${v} Mb/s`);

export function supportSummary(r: ExecResult, ctx: SummaryContext = {}): string {
  const ex = r.exchanges ?? [];
  const ids = queryIds(ex);
  if (!ids.length && r.exchange?.queryId) ids.push(r.exchange.queryId);
  const lines: string[] = [];
  lines.push(`## Eligibility call: ${API_NAMES[r.call.api] ?? r.call.api} \`${r.call.operation}\``, '');
  lines.push(`- **When**: ${r.startedAt} (UTC), ${r.durationMs} ms${r.polls ? `, ${r.polls} poll(s)` : ''}${r.attempts > 1 ? `, ${r.attempts} attempts` : ''}`);
  lines.push(`- **API**: ${API_NAMES[r.call.api] ?? r.call.api} — operation \`${r.call.operation}\``);
  if (r.exchange) lines.push(`- **Request**: \`${r.exchange.method} ${r.exchange.url}\``);
  lines.push(`- **Profile kind**: ${ctx.profileKind ?? 'unknown'}`);
  if (ids.length) lines.push(`- **X-OVH-QUERYID**: ${ids.map(i => `\`${i}\``).join(', ')}`);
  if (r.normalized?.eligibilityReference) lines.push(`- **Eligibility reference**: \`${r.normalized.eligibilityReference}\``);
  if (r.error) {
    const e = r.error;
    lines.push(`- **Outcome**: failed — ${e.kind}${e.status !== undefined ? `, HTTP ${e.status}` : ''}${e.code !== undefined ? `, code ${e.code}` : ''}: ${e.message}`);
    if (e.description) lines.push(`- **API description**: ${e.description}`);
  } else {
    const n = r.normalized;
    const eligible = n?.offers.filter(o => o.eligible).length ?? 0;
    lines.push(`- **Outcome**: succeeded${n ? ` — ${eligible} eligible of ${n.offers.length} offers` : ''}${n?.qualificationResult ? ` (qualificationResult \`${n.qualificationResult}\`)` : ''}`);
    if (n?.buildingsToChoose?.length) lines.push(`- **Buildings to choose from**: ${n.buildingsToChoose.map(b => `\`${b.code}\``).join(', ')}`);
  }
  if (r.schemaDrift.length) lines.push(`- **Schema drift**: ${r.schemaDrift.length} difference(s): ${r.schemaDrift.slice(0, 5).map(d => `\`${d}\``).join('; ')}`);
  lines.push('', '### What was asked', '', '```json', JSON.stringify(r.call.params ?? {}, null, 2), '```');
  const offers = r.normalized?.offers ?? [];
  if (offers.length) {
    lines.push('', '### Offers', '', '| Technology | Code | Eligible | Down | Up | Reasons |', '|---|---|---|---|---|---|');
    for (const o of offers) {
      lines.push(`| ${cell(o.technology)} | ${cell(o.code)} | ${o.eligible ? 'yes' : 'no'} | ${rate(o.downloadMbps)} | ${rate(o.uploadMbps)} | ${cell(o.reasons.map(x => (x.message && x.message !== x.code ? `${x.code}: ${x.message}` : x.code)).join('; '))} |`);
    }
  }
  if (ex.length) {
    lines.push('', '### HTTP exchanges', '', '| # | Sent (UTC) | Request | Status | Time |', '|---|---|---|---|---|');
    ex.forEach((e, i) => lines.push(`| ${i + 1} | ${new Date(e.startedAt).toISOString()} | ${cell(`${e.method} ${e.url}`)} | ${e.status ?? cell(e.error ?? 'no response')} | ${e.waitMs + e.receiveMs} ms |`));
  }
  lines.push('', `_Secrets are redacted. ${ctx.harFile ? `Every HTTP exchange is in \`${ctx.harFile}\` (HAR 1.2: open it in a browser's DevTools, Network → Import). ` : ''}Exported by Eligibility Explorer${ctx.version ? ` ${ctx.version}` : ''}._`, '');
  return lines.map(l => redactor.redact(l)).join('\n');
}
