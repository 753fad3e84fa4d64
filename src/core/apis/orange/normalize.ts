/** Orange answers → NormalizedResult: b2b POIs (normalize-b2b.ts) and RIP items (normalize-rip.ts). */
export { normalizeB2b, toMbps } from './normalize-b2b';
export { normalizeRip } from './normalize-rip';
export { RIP_REASON_TEXT, ripReasonText } from './rip-reasons';
