/** Moved to the scheduler (src/core/schedule); kept so existing imports keep working. */
export { parseRate, realClock, TokenBucket } from '../schedule/bucket';
export type { Clock } from '../schedule/bucket';
