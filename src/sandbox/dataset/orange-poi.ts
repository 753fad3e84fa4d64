/** Orange Business Eligibility b2b v1: GET /poi. */
import { findAddress, formatAddress, normalize } from './address-text';
import type { Lines } from './lines';
import { FTTE_ELIGIBLE, FTTH_ELIGIBLE } from './profiles';
import { hash32 } from './prng';
import { SEEDS, copy } from './seeds';
import type { OrangeAnswer, PoiQuery } from './types';
import type { BuildingRec, World } from './world';
import { XSS_BASE_ADDRESS, XSS_BUILDING_CODE, asXssAnswer } from './xss';

export const ORANGE_BUILDING_RE = /^IMB\/[A-Z0-9]{5}\/[A-Z]\/[A-Za-z0-9]{4}$/;
export const EXCEEDS_5 = 'Eligibility calculation cannot be performed as the number of buildings exceeds 5';

const err = (status: number, code: number, message: string, description: string): OrangeAnswer => ({ status, body: { code, message, description } });
export const ORANGE_ERRORS = {
  badAddress: () => err(400, 400100, 'malformatted value', "the fullTextAddress value is malformatted, please use ',' to separate the street and the city informations"),
  badBuilding: () => err(400, 40024, 'Invalid body field', "buildingCode must respect the following pattern: 'IMB/[A-Z0-9]{5}/[A-Z]{1}/[A-Za-z0-9]{4}'"),
  missing: () => err(400, 40023, 'Missing query parameter', 'one of buildingCode or fullTextAddress must be provided'),
  addressNotFound: () => err(404, 4041, 'address not found', 'address unknown, please provide more information or contact an Orange advisor'),
  unknownBuilding: () => err(404, 4042, 'unknown building', 'unknown building, please provide more information or contact an Orange advisor'),
};

const same = (a: string | undefined, b: string): boolean => a !== undefined && normalize(a) === normalize(b);

export class OrangePoi {
  constructor(private readonly world: World, private readonly lines: Lines) {}

  run(q: PoiQuery): OrangeAnswer {
    const code = q.buildingCode?.trim();
    if (code) {
      if (code === XSS_BUILDING_CODE) return this.xss();
      if (!ORANGE_BUILDING_RE.test(code)) return ORANGE_ERRORS.badBuilding();
      if (code === 'IMB/59378/X/013S') return { status: 200, body: copy(SEEDS.orange.poi013S) };
      const b = this.world.building(code);
      return b ? { status: 200, body: [this.poi(b, false, false)] } : ORANGE_ERRORS.unknownBuilding();
    }
    const text = q.fullTextAddress?.trim();
    if (!text) return ORANGE_ERRORS.missing();
    if (!text.includes(',')) return ORANGE_ERRORS.badAddress();
    const name = q.buildingName?.trim();
    if (name && same(text, '340 Avenue De La Marne, 59700 Marcq En Baroeul') && same(name, 'A13')) return { status: 200, body: copy(SEEDS.orange.poiA13) };
    if (!name && same(text, '14 Rue Maurice Choury, 20000 Ajaccio')) return { status: 200, body: copy(SEEDS.orange.poiAjaccio) };
    const addr = findAddress(this.world, text);
    if (!addr) return ORANGE_ERRORS.addressNotFound();
    const buildings = this.world.buildingsAt(addr);
    if (name) {
      const b = buildings.find((x) => same(x.name, name));
      return b ? { status: 200, body: [this.poi(b, false, false)] } : ORANGE_ERRORS.unknownBuilding();
    }
    return { status: 200, body: buildings.map((b) => this.poi(b, true, buildings.length > 5)) };
  }

  /** One POI; `byAddress` adds formattedAddress/postalCode/rivoliCode as the address search does. */
  poi(b: BuildingRec, byAddress: boolean, tooMany: boolean): Record<string, unknown> {
    const a = b.addr;
    const p = b.profile;
    const h = hash32(0, b.code);
    const ftte = tooMany
      ? { status: 'notComputed', properties: { isOptimalAvailable: false }, comments: [EXCEEDS_5] }
      : { status: FTTE_ELIGIBLE.has(p.ftte) ? 'eligible' : 'notEligible', properties: { isOptimalAvailable: p.ftte === 'deployed' || p.ftte === 'partiallyDeployed' }, comments: [`FibreSmart: ${p.ftte}`, `FibreSmart Optimal: ${p.ftte}`] };
    const ftth = FTTH_ELIGIBLE.has(p.ftth) ? { status: 'eligible' } : { status: 'notEligible', comments: [p.ftth] };
    const line = this.lines.at(a)[0];
    const length = line ? line.sections.reduce((s, x) => s + x.length, 0) : 0;
    const copperFigures = b.special?.copper ?? (line ? {
      adsl: Math.max(0, Math.round(20 - length * 0.0052)), sdsl: Math.max(0, Math.round(16 - length * 0.003)), pairs: line.maxAvailablePairs,
    } : undefined);
    const copperStatus = (v: number | undefined): string => (v && v > 0 ? 'eligible' : 'notEligible');
    const copper: Record<string, unknown> = {};
    if (!b.special && h % 10 === 0) copper.commercialClosureDate = '2029-01-31';
    copper.adsl = { status: copperStatus(copperFigures?.adsl), properties: { bandwidth: copperFigures?.adsl ?? 0, unit: 'Mbits/s', countCopperPair: copperFigures?.pairs ?? 0 } };
    copper.sdsl = { status: copperStatus(copperFigures?.sdsl), properties: { bandwidth: copperFigures?.sdsl ?? 0, unit: 'Mbits/s', countCopperPair: copperFigures?.pairs ?? 0, countRequiredPairs: 4 } };
    const building: Record<string, unknown> = { id: b.code };
    if (b.name) building.name = b.name;
    const address: Record<string, unknown> = byAddress
      ? { cityCode: a.city.insee, postalCode: a.city.zip, rivoliCode: a.street.rivoli, streetNumber: a.number }
      : { cityCode: a.city.insee, streetNumber: a.number };
    const stamp = `2023-0${1 + (h % 9)}-${String(10 + (h % 18)).padStart(2, '0')}T10:${String(h % 60).padStart(2, '0')}:${String((h >>> 8) % 60).padStart(2, '0')}`;
    const poi: Record<string, unknown> = {
      id: Buffer.from(`${b.lon}${b.lat}`).toString('base64'),
      building,
      geoCoding: { longitude: b.lon, latitude: b.lat },
    };
    if (byAddress) poi.formattedAddress = formatAddress(a);
    Object.assign(poi, {
      address,
      supports: {
        fiber: { ftte, ftth, ftto: { status: 'eligible', properties: { isFiberAvailable: FTTE_ELIGIBLE.has(p.ftte) && p.ftte === 'deployed', zoning: `ZONE${1 + (h % 3)}` } } },
        copper,
      },
      createdAt: stamp,
      updatedAt: stamp,
    });
    return poi;
  }

  private xss(): OrangeAnswer {
    const addr = this.world.addressOf(XSS_BASE_ADDRESS.streetCode, XSS_BASE_ADDRESS.number);
    const b = addr && this.world.buildingsAt(addr)[0];
    if (!b) return ORANGE_ERRORS.unknownBuilding();
    return { status: 200, body: asXssAnswer([this.poi(b, true, false)], b.code) };
  }
}
