import type { Endpoint, NormalizedResult, Offer, Technology } from '../../model/normalized';
import type { Poi, PoiQuery } from './schemas-b2b';

/**
 * b2b POI list → NormalizedResult: one offer per support per POI (fiber ftte/ftth/ftto,
 * copper adsl/sdsl). Written defensively (optional chaining, type checks) so that it also
 * copes with a response that drifted from the schema.
 */
const SUPPORTS: { group: 'fiber' | 'copper'; key: string; technology: Technology }[] = [
  { group: 'fiber', key: 'ftte', technology: 'FTTE' },
  { group: 'fiber', key: 'ftth', technology: 'FTTH' },
  { group: 'fiber', key: 'ftto', technology: 'FTTO' },
  { group: 'copper', key: 'adsl', technology: 'ADSL' },
  { group: 'copper', key: 'sdsl', technology: 'SDSL' },
];

interface SupportLike { status?: unknown; properties?: Record<string, unknown> | null; comments?: unknown }

export function normalizeB2b(raw: unknown, query?: PoiQuery): NormalizedResult {
  const pois = (Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : []) as Poi[];
  const offers: Offer[] = [];
  for (const poi of pois) {
    if (!poi || typeof poi !== 'object') continue;
    for (const s of SUPPORTS) {
      const group = poi.supports?.[s.group] as Record<string, unknown> | null | undefined;
      const sup = group?.[s.key] as SupportLike | null | undefined;
      if (!sup || typeof sup !== 'object') continue;
      offers.push(offerOf(poi, s.key, s.technology, sup, s.group === 'copper' ? poi.supports?.copper?.commercialClosureDate : undefined));
    }
  }
  return { api: 'orange-b2b', endpoint: endpointOf(pois[0], query), offers };
}

function offerOf(poi: Poi, key: string, technology: Technology, sup: SupportLike, closure: string | null | undefined): Offer {
  const status = typeof sup.status === 'string' ? sup.status : 'unknown';
  const comments = Array.isArray(sup.comments) ? sup.comments.filter((c): c is string => typeof c === 'string') : [];
  const props = sup.properties && typeof sup.properties === 'object' ? sup.properties : undefined;
  const offer: Offer = {
    api: 'orange-b2b',
    technology,
    code: key,
    name: `${technology} (${placeOf(poi)})`,
    eligible: status === 'eligible',
    reasons: comments.map(message => ({ code: status, message })),
    details: {
      poiId: poi.id,
      buildingCode: poi.building?.id ?? undefined,
      buildingName: poi.building?.name ?? undefined,
      status,
      properties: props,
      comments,
      ...(closure ? { commercialClosureDate: closure } : {}),
    },
  };
  const mbps = toMbps(props?.bandwidth, props?.unit);
  if (mbps !== undefined) {
    offer.downloadMbps = mbps;
    if (technology === 'SDSL') offer.uploadMbps = mbps; // symmetric
  }
  return offer;
}

/** "POI IMB/2A004/C/01RJ", "building A13 IMB/59378/X/013U", or the address when there is no building. */
function placeOf(poi: Poi): string {
  const b = poi.building;
  if (b?.id) return b.name ? `building ${b.name} ${b.id}` : `POI ${b.id}`;
  return poi.formattedAddress ? `POI ${poi.formattedAddress}` : `POI ${String(poi.id ?? '?').slice(0, 12)}`;
}

/** bandwidth with its unit → Mbit/s (number or numeric string; kbit/s and Gbit/s converted). */
export function toMbps(bandwidth: unknown, unit: unknown): number | undefined {
  const n = typeof bandwidth === 'number' ? bandwidth : typeof bandwidth === 'string' && bandwidth.trim() !== '' ? Number(bandwidth) : NaN;
  if (!Number.isFinite(n)) return undefined;
  const u = typeof unit === 'string' ? unit.toLowerCase().replace(/\s+/g, '') : 'mbits/s';
  if (/^k/.test(u)) return n / 1000;
  if (/^g/.test(u)) return n * 1000;
  return n;
}

function endpointOf(poi: Poi | undefined, query?: PoiQuery): Endpoint {
  const endpoint: Endpoint = {
    referenceType: query?.buildingCode ? 'buildingCode' : query?.buildingName ? 'fullTextAddress+buildingName' : query?.fullTextAddress ? 'fullTextAddress' : 'poi',
    reference: query?.buildingCode ?? (query?.fullTextAddress ? `${query.fullTextAddress}${query.buildingName ? ` / ${query.buildingName}` : ''}` : undefined),
  };
  if (!poi || typeof poi !== 'object') return endpoint;
  const a = poi.address ?? undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const streetNumber = a?.streetNumber ? `${a.streetNumber}${a.streetNumberSuffix ? ` ${a.streetNumberSuffix}` : ''}` : undefined;
  endpoint.address = strip({
    text: poi.formattedAddress ?? undefined,
    streetNumber,
    zipCode: a?.postalCode ?? undefined,
    inseeCode: a?.cityCode ?? undefined,
    rivoliCode: a?.rivoliCode ?? undefined,
    latitude: num(poi.geoCoding?.latitude),
    longitude: num(poi.geoCoding?.longitude),
  });
  if (poi.building?.id) endpoint.building = strip({ reference: poi.building.id, name: poi.building.name ?? undefined });
  return endpoint;
}

function strip<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
