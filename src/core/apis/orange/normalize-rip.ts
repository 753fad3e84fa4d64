import type { BuildingChoice, Endpoint, NormalizedResult, Offer, Technology } from '../../model/normalized';
import { ripReasonText } from './rip-reasons';
import type { RipItem, RipQualificationRequest, RipQualificationResponse } from './schemas-rip';

/**
 * RIP productRIPQualification answer → NormalizedResult: one offer per qualification item,
 * the endpoint from `place.geographicSite`, and the buildings to choose from when the API
 * answers `notComputed`. Defensive, like the b2b mapper, so a drifted answer still maps.
 */
export function normalizeRip(raw: unknown, req?: RipQualificationRequest): NormalizedResult {
  const r = (raw && typeof raw === 'object' ? raw : {}) as RipQualificationResponse;
  const items = Array.isArray(r.productOfferingQualificationItem) ? r.productOfferingQualificationItem : [];
  const offers = items.filter(i => i && typeof i === 'object').map(i => offerOf(i, req?.category.name));
  const subs = Array.isArray(r.place?.geographicSite?.normalizedAddress?.geographicSubAddress)
    ? r.place!.geographicSite!.normalizedAddress!.geographicSubAddress!.filter(s => s && typeof s === 'object') : [];
  const out: NormalizedResult = { api: 'orange-rip', endpoint: endpointOf(r, offers, subs, req), offers };
  if (typeof r.qualificationResult === 'string') out.qualificationResult = r.qualificationResult;
  if (r.qualificationResult === 'notComputed' || (offers.length === 0 && subs.length > 1)) {
    out.buildingsToChoose = subs.filter(s => typeof s.buildingCode === 'string' && s.buildingCode).map(buildingOf);
  }
  return out;
}

function offerOf(item: RipItem, category: string | undefined): Offer {
  const name = typeof item.productOffering?.name === 'string' ? item.productOffering.name : 'unnamed offer';
  const technology: Technology = category === 'ftth' ? 'FTTH' : category === 'ftte' ? 'FTTE' : /ftth/i.test(name) ? 'FTTH' : 'FTTE';
  const list = (Array.isArray(item.product?.characteristics) ? item.product!.characteristics! : [])
    .filter(c => c && typeof c.name === 'string');
  const characteristics: Record<string, unknown> = {};
  for (const c of list) characteristics[c.name] = c.value ?? null;
  const reason = typeof item.qualificationItemReason === 'string' ? item.qualificationItemReason : undefined;
  return {
    api: 'orange-rip',
    technology,
    code: name,
    name,
    eligible: item.qualificationItemResult === 'eligible',
    reasons: reason ? [{ code: reason, message: ripReasonText(reason) }] : [],
    details: {
      qualificationItemResult: item.qualificationItemResult ?? undefined,
      qualificationItemReason: reason,
      characteristics,
      characteristicsList: list,
    },
  };
}

type Sub = NonNullable<NonNullable<NonNullable<NonNullable<RipQualificationResponse['place']>['geographicSite']>['normalizedAddress']>['geographicSubAddress']>[number];

function coord(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function buildingOf(s: Sub): BuildingChoice {
  const b: BuildingChoice = { code: String(s.buildingCode) };
  if (s.buildingName) b.name = s.buildingName;
  const lat = coord(s.geographicLocation?.latitude), lon = coord(s.geographicLocation?.longitude);
  if (lat !== undefined) b.latitude = lat;
  if (lon !== undefined) b.longitude = lon;
  return b;
}

function firstCharacteristic(offers: Offer[], name: string): string | undefined {
  for (const o of offers) {
    const v = (o.details.characteristics as Record<string, unknown>)[name];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

function referenceOf(req: RipQualificationRequest | undefined): string | undefined {
  if (!req) return undefined;
  if (req.publicKey) return req.publicKey.value;
  const p = req.place;
  if (p?.nonFormattedAddress) return p.nonFormattedAddress.fulltext ?? p.nonFormattedAddress.fullText;
  if (p?.geographicLocation) return `${p.geographicLocation.y},${p.geographicLocation.x}`;
  const a = p?.geographicAddress;
  if (a) return [a.cityCode, a.rivoliCode, a.streetNr, a.streetNrSuffix, a.geographicSubAddress?.buildingCode].filter(Boolean).join('/');
  return undefined;
}

function endpointOf(r: RipQualificationResponse, offers: Offer[], subs: Sub[], req?: RipQualificationRequest): Endpoint {
  const site = r.place?.geographicSite;
  const n = site?.normalizedAddress;
  const e: Endpoint = { referenceType: req?.contextType, reference: referenceOf(req) };
  const street = [n?.streetType, n?.streetName].filter(x => typeof x === 'string' && x).join(' ');
  const nr = [n?.streetNr, n?.streetNrSuffix].filter(x => typeof x === 'string' && x).join(' ');
  const only = subs.length === 1 ? subs[0] : undefined;
  const address: NonNullable<Endpoint['address']> = {};
  const set = <K extends keyof typeof address>(k: K, v: (typeof address)[K] | null | undefined | '') => { if (v !== undefined && v !== null && v !== '') address[k] = v; };
  set('text', site?.address);
  set('streetNumber', nr);
  set('streetName', street);
  set('zipCode', n?.postcode);
  set('city', n?.city);
  set('inseeCode', n?.inseeCode);
  set('rivoliCode', n?.rivoliCode);
  set('latitude', coord(only?.geographicLocation?.latitude));
  set('longitude', coord(only?.geographicLocation?.longitude));
  if (Object.keys(address).length) e.address = address;
  if (only?.buildingCode) e.building = { reference: only.buildingCode, ...(only.buildingName ? { name: only.buildingName } : {}) };
  const nro = firstCharacteristic(offers, 'nroCode'), pm = firstCharacteristic(offers, 'pmCode'), op = firstCharacteristic(offers, 'oiName');
  if (nro) e.nro = nro;
  if (pm) e.pm = pm;
  if (op) e.operator = op;
  return e;
}
