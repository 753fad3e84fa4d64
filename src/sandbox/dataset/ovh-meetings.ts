/** OVH search/meetings: installation appointment slots over the next two weeks. */
import { Rng } from './prng';
import type { OvhAnswer } from './types';

export function ovhMeetings(seed: number, body: Record<string, unknown>): OvhAnswer {
  const ref = body.eligibilityReference;
  if (typeof ref !== 'string' || ref.length === 0) return { kind: 'http', status: 400, body: { message: '[eligibilityReference] Property is mandatory' } };
  const rng = Rng.for(seed, 'meetings', ref, String(body.productCode ?? ''));
  const today = new Date();
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const slots: Array<{ startDate: string; endDate: string; slotId: string; uiCode: string }> = [];
  for (let day = 3; day <= 16; day++) {
    const date = new Date(base + day * 86400000);
    const dow = date.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    for (const [from, to] of [[8, 10], [10, 12], [13, 15], [15, 17]]) {
      if (!rng.chance(0.55)) continue;
      const start = new Date(base + day * 86400000 + from * 3600000);
      const end = new Date(base + day * 86400000 + to * 3600000);
      slots.push({ startDate: start.toISOString().replace('.000Z', '+00:00'), endDate: end.toISOString().replace('.000Z', '+00:00'), slotId: `SLOT-${day}-${from}-${rng.int(1000, 9999)}`, uiCode: `${from}h-${to}h` });
    }
  }
  return { kind: 'result', result: { canBookFakeMeeting: rng.chance(0.3), capacities: { eRdv: true, phoneCall: rng.chance(0.5) }, meetingSlots: slots } };
}
