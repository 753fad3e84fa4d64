/**
 * The seed documents' examples, served verbatim (key order included). Copied from:
 * 000 = OVH guide (EN), 001 = OVH guide (FR), 002 = Orange b2b guide, 003 = Orange RIP guide.
 * RIP examples had trailing commas (invalid JSON); they are stored without them.
 */
import citiesOrsay from './ovh-cities-91400.json';
import streetsOrsay from './ovh-streets-91471.json';
import numbersVerger from './ovh-street-numbers-9147132200.json';
import buildingsVerger2 from './ovh-buildings-9147132200-2.json';
import buildingsByLine from './ovh-buildings-by-line-0123456789.json';
import testLineEn from './ovh-test-line-0123456789-en.json';
import testLineFr from './ovh-test-line-0123456789-fr.json';
import linesSeed from './ovh-lines-123456789-2.json';
import testAddress from './ovh-test-address-94123001234-4.json';
import testBuildingEn from './ovh-test-building-en.json';
import testBuildingFr from './ovh-test-building-fr.json';
import poiAjaccio from './orange-poi-ajaccio.json';
import poi013S from './orange-poi-IMB-59378-X-013S.json';
import poiA13 from './orange-poi-marcq-A13.json';
import ripNdNotFound from './rip-nd-not-found.json';
import ripCheranceFtteAddress from './rip-cherance-ftte-address.json';
import ripCheranceFtth from './rip-cherance-ftth.json';
import ripVendeeNotComputed from './rip-vendee-not-computed.json';
import ripVendee000I from './rip-vendee-000I.json';

/** The placeholder reference every OVH example uses. */
export const SEED_REFERENCE = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';

export const SEEDS = {
  ovh: {
    citiesOrsay, streetsOrsay, numbersVerger, buildingsVerger2, buildingsByLine, testLineEn, testLineFr, linesSeed,
    testAddress, testBuildingEn, testBuildingFr,
  },
  orange: { poiAjaccio, poi013S, poiA13 },
  rip: { ripNdNotFound, ripCheranceFtte: ripCheranceFtteAddress, ripCheranceFtth, ripVendeeNotComputed, ripVendee000I },
} as const;

/** Deep copy, so callers (and the HTTP layer) can never mutate the seeds. */
export function copy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
