/**
 * Technology ranking for the `A.best` column: fiber above copper, then the rate.
 * TODO(best-offer): the guide asks for ONE core ranking function (added by the orange-support
 * work, /work/briefs/notes/best-offer.md); when it lands this delegates to it.
 */
import type { Technology } from '../model/normalized';

const FIBER = new Set<Technology>(['FTTH', 'FTTE', 'FTTO']);
/** tie-break when rates are equal or unknown */
const ORDER: Technology[] = ['FTTO', 'FTTE', 'FTTH', 'VDSL', 'SDSL', 'ADSL'];

export function rankTechnologies(xs: readonly { technology: Technology; downMbps?: number }[]): Technology[] {
  return [...xs].sort((a, b) => (Number(FIBER.has(b.technology)) - Number(FIBER.has(a.technology)))
    || ((b.downMbps ?? -1) - (a.downMbps ?? -1))
    || (ORDER.indexOf(a.technology) - ORDER.indexOf(b.technology))).map(x => x.technology);
}
