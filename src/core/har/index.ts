/** Support export: the HAR of a call's HTTP exchanges and the Markdown summary for a ticket; runnable cURL. */
import type { ExecResult } from '../result';
import { buildHar, pageOf } from './har';
import { supportSummary, type SummaryContext } from './summary';

export { buildHar, pageOf, queryIds, type HarPage } from './har';
export { ExchangeRecorder, recordingHttp, type RecordedExchange, type ExchangeSink } from './exchange';
export { supportSummary, type SummaryContext } from './summary';
export { toCurl } from './curl';

export interface SupportExport { har: string; markdown: string }

/** The two files of an *Export for Support…* of one result. */
export function supportExport(result: ExecResult, ctx: SummaryContext & { title?: string } = {}): SupportExport {
  const har = buildHar([pageOf(result, ctx.title)], { creatorVersion: ctx.version ?? '0', comment: 'Eligibility Explorer support export: secrets redacted' });
  return { har: JSON.stringify(har, null, 2) + '\n', markdown: supportSummary(result, ctx) };
}
