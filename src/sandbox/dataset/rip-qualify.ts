/** Orange RIP productRIPQualification answers built from a building's fiber profile. */
import { formatAddress } from './address-text';
import { pmCode } from './ovh-offers';
import { FTTE_ELIGIBLE, type FtthReason, type FtteReason } from './profiles';
import { hash32 } from './prng';
import type { BuildingRec, ResolvedAddress } from './world';

export type Category = 'ftte' | 'ftth';
type Char = { name: string; value: string };

function item(eligible: boolean, reason: string, name: string, characteristics: Char[]) {
  return { qualificationItemResult: eligible ? 'eligible' : 'notEligible', qualificationItemReason: reason, productOffering: { name }, product: { characteristics } };
}

function splitStreet(name: string): { streetType: string; streetName: string } {
  const i = name.indexOf(' ');
  return i < 0 ? { streetType: name, streetName: '' } : { streetType: name.slice(0, i), streetName: name.slice(i + 1) };
}

function normalizedAddress(a: ResolvedAddress, category: Category, subs: unknown[]) {
  const { streetType, streetName } = splitStreet(a.street.streetName);
  const base: Record<string, unknown> = { inseeCode: a.city.insee, rivoliCode: a.street.rivoli, streetNr: a.number };
  if (category === 'ftte') base.streetNrSuffix = '';
  return { ...base, streetType, streetName, postcode: a.city.zip, city: a.city.city, geographicSubAddress: subs };
}

export function qualification(b: BuildingRec, category: Category): Record<string, unknown> {
  const sub: Record<string, unknown> = {};
  if (b.name) sub.buildingName = b.name;
  Object.assign(sub, { buildingCode: b.code, geographicLocation: { longitude: b.lon, latitude: b.lat, accuracy: 'building' } });
  return {
    place: { geographicSite: { address: formatAddress(b.addr), normalizedAddress: normalizedAddress(b.addr, category, [sub]) } },
    productOfferingQualificationItem: category === 'ftte' ? ftteItems(b) : ftthItems(b),
  };
}

/** Several buildings at the address: nothing computed, the buildings to choose from are listed. */
export function notComputed(a: ResolvedAddress, buildings: BuildingRec[], category: Category): Record<string, unknown> {
  const subs = buildings.map((b) => ({ buildingName: b.name || b.code.slice(-4), buildingCode: b.code, geographicLocation: { longitude: b.lon, latitude: b.lat } }));
  return {
    place: { geographicSite: { address: formatAddress(a), normalizedAddress: normalizedAddress(a, category, subs) } },
    qualificationResult: 'notComputed',
    productOfferingQualificationItem: [],
  };
}

function oi(b: BuildingRec): Char[] {
  return [{ name: 'oiCode', value: b.addr.city.oiCode }, { name: 'oiName', value: b.addr.city.oiName }];
}

function activeReason(r: FtteReason): FtteReason {
  return r === 'temporaryGel' || r === 'exlusionZone' || r === 'freezeBeforeClosing' ? 'notDeployed' : r;
}

function ftteItems(b: BuildingRec): unknown[] {
  const r = b.profile.ftte;
  const ext: Char[] = r === 'PartiallydeployedExtention' ? [{ name: 'message', value: 'extension_plan' }] : [];
  const blom: Char[] = [{ name: 'blom', value: b.addr.city.oiName }];
  const ar = activeReason(r);
  const area: Char[] = [{ name: 'coverageArea', value: `ZONE-${b.addr.city.insee}` }];
  return [
    item(FTTE_ELIGIBLE.has(r), r, 'FTTE passif NRO', [{ name: 'nroCode', value: b.nro }, ...ext, ...blom, ...oi(b)]),
    item(FTTE_ELIGIBLE.has(r), r, 'FTTE passif PM', [{ name: 'pmCode', value: pmCode(b) }, ...ext, ...blom, ...oi(b)]),
    item(FTTE_ELIGIBLE.has(ar), ar, 'FTTE active Entreprises', [...area, ...ext, ...blom, ...oi(b)]),
    item(FTTE_ELIGIBLE.has(ar), ar, 'FTTE active LAN', [...area, ...ext, ...blom, ...oi(b)]),
  ];
}

const BUILDING_STATUS: Record<FtthReason, string> = {
  marketable: 'DEPLOYE', linkable: 'DEPLOYE', notYetAvailable: 'RACCORDABLE DEMANDE', deployingBuildingSoon: 'SIGNE',
  deployedDistrict: 'CIBLE', deployingDistrict: 'EN COURS DE DEPLOIEMENT', deployingDistrictSoon: 'EN COURS DE DEPLOIEMENT',
  deployingCity: 'EN COURS DE DEPLOIEMENT', notDeployed: 'ABANDONNE', notFound: 'CIBLE',
};

function ftthItems(b: BuildingRec): unknown[] {
  const r = b.profile.ftth;
  const h = hash32(1, b.code);
  const house = b.type === 'HOUSE';
  const chars: Char[] = [{ name: 'buildingStatus', value: BUILDING_STATUS[r] }];
  if (r === 'marketable' || r === 'linkable' || r === 'notYetAvailable') {
    chars.push({ name: 'orderAcceptanceDate', value: `20${20 + (h % 4)}-0${1 + (h % 9)}-14` }, { name: 'commercialLaunchDate', value: `20${20 + (h % 4)}-0${1 + (h % 9)}-29` });
  }
  chars.push({ name: 'siteType', value: house ? 'PAVILLON' : 'IMMEUBLE' });
  if (!house) chars.push({ name: 'buildingManager', value: ['FONCIA', 'NEXITY', 'CITYA', 'ORALIA'][h % 4] });
  const dwellings = house ? 1 : b.stairs.reduce((s, st) => s + st.floors.length * 2, 0) || 4;
  chars.push({ name: 'logementNumber', value: String(dwellings) }, { name: 'linkTypePBPTO', value: ['aéro-souterrain', 'AEOR', 'SOUTERRAIN', 'FACADE'][h % 4] });
  if (r === 'notYetAvailable') chars.push({ name: 'blockingReason', value: 'Syndic refus' }, { name: 'unblockedDate', value: `15/0${1 + (h % 9)}/2027` });
  chars.push({ name: 'pmCode', value: pmCode(b) }, { name: 'nroCode', value: b.nro }, ...oi(b));
  const passive = r === 'marketable' || r === 'linkable';
  const active = r === 'marketable';
  const activeChars = active ? chars : [{ name: 'cause', value: 'ActiveLayerNotDeployed' }, ...chars];
  return [item(passive, r, 'Accès aux lignes FTTH', chars), item(active, r, 'FTTH activé', activeChars)];
}
