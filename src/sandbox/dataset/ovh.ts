/** OVH Connectivity eligibility operations over the world (seed examples first). */
import { CITIES } from './cities';
import { Lines, maskOwner } from './lines';
import { copperInfo, ovhAddress, ovhBuilding } from './ovh-offers';
import { addressTest, buildingTest, lineTest, neighbourLine } from './ovh-tests';
import { ovhMeetings } from './ovh-meetings';
import { opaqueReference } from './prng';
import { ADDRESSES_BODY, checkBody, MEETINGS_BODY, MEETINGS_ENUMS } from './ovh-body';
import { addressesNear } from './search-geo';
import { SEED_REFERENCE, SEEDS, copy } from './seeds';
import type { OvhAnswer } from './types';
import type { ResolvedAddress, World } from './world';
import { XSS_BASE_ADDRESS, XSS_BUILDING_CODE, asXssAnswer } from './xss';

const ok = (result: unknown): OvhAnswer => ({ kind: 'result', result });
const bad = (message: string): OvhAnswer => ({ kind: 'http', status: 400, body: { message } });
const taskError = (error: string): OvhAnswer => ({ kind: 'taskError', error });
const BUILDING_RE = /^IMB\/[0-9A-Z]{5}\/[A-Z]\/[0-9A-Za-z]{4}$/;

function str(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}
function mandatory(key: string): OvhAnswer {
  return bad(`[${key}] Property is mandatory`);
}

export class OvhApi {
  private readonly tests = new Map<string, unknown>();
  constructor(private readonly seed: number, private readonly world: World, private readonly lines: Lines) {}

  run(operation: string, body: Record<string, unknown>): OvhAnswer {
    const op = operation.replace(/^\/+/, '').replace(/\/partners$/, '');
    const answer = this.dispatch(op, body ?? {});
    if (answer.kind === 'result' && op.startsWith('test/')) this.remember(answer.result);
    return answer;
  }

  byReference(reference: string): OvhAnswer {
    const known = this.tests.get(reference);
    if (known) return ok(copy(known));
    if (reference === SEED_REFERENCE) return ok(copy(SEEDS.ovh.testLineEn));
    return { kind: 'http', status: 404, body: { message: `The eligibility reference ${reference} does not exist` } };
  }

  private remember(result: unknown): void {
    const ref = (result as { eligibilityReference?: string } | null)?.eligibilityReference;
    if (!ref || ref === SEED_REFERENCE) return;
    if (this.tests.size > 5000) this.tests.delete(this.tests.keys().next().value as string);
    this.tests.set(ref, copy(result));
  }

  private addressFrom(body: Record<string, unknown>): ResolvedAddress | OvhAnswer | undefined {
    const hexacle = str(body, 'hexacle');
    if (hexacle) return this.world.addressByHexacle(hexacle.toUpperCase());
    const streetCode = str(body, 'streetCode');
    const streetNumber = str(body, 'streetNumber');
    if (!streetCode) return mandatory('streetCode');
    if (!streetNumber) return mandatory('streetNumber');
    return this.world.addressOf(streetCode, streetNumber);
  }

  private dispatch(op: string, body: Record<string, unknown>): OvhAnswer {
    const w = this.world;
    switch (op) {
      case 'search/cities': {
        const zip = str(body, 'zipCode');
        if (!zip) return mandatory('zipCode');
        if (zip === '91400') return ok(copy(SEEDS.ovh.citiesOrsay));
        return ok(CITIES.filter((c) => c.zip === zip).flatMap((c) => c.localities.map((locality) => ({ inseeCode: c.insee, zipCode: c.zip, locality, city: c.city }))));
      }
      case 'search/streets': {
        const insee = str(body, 'inseeCode');
        if (!insee) return mandatory('inseeCode');
        if (insee === '91471') return ok(copy(SEEDS.ovh.streetsOrsay));
        const cityIdx = CITIES.findIndex((c) => c.insee === insee);
        return ok(cityIdx < 0 ? [] : w.streets(cityIdx).map((s) => ({ streetName: s.streetName, streetCode: s.streetCode, streetAltCode: null })));
      }
      case 'search/streetNumbers':
      case 'search/streetNumbers/details': {
        const code = str(body, 'streetCode');
        if (!code) return mandatory('streetCode');
        if (code === '9147132200' && op === 'search/streetNumbers') return ok(copy(SEEDS.ovh.numbersVerger));
        const street = w.streetByCode(code);
        if (!street) return ok([]);
        const numbers = w.numbers(street);
        if (op === 'search/streetNumbers') return ok([...numbers]);
        return ok(numbers.map((number, numberIdx) => ({ number, hexacle: w.hexacle({ cityIdx: street.cityIdx, streetIdx: street.idx, numberIdx }) })));
      }
      case 'search/buildings': {
        if (str(body, 'streetCode') === '9147132200' && str(body, 'streetNumber') === '2') return ok(copy(SEEDS.ovh.buildingsVerger2));
        const addr = this.addressFrom(body);
        if (addr && 'kind' in addr) return addr;
        return ok(addr ? w.buildingsAt(addr).map(ovhBuilding) : []);
      }
      case 'search/buildingsByLine': {
        const lineNumber = str(body, 'lineNumber');
        const status = str(body, 'status');
        if (!lineNumber) return mandatory('lineNumber');
        if (!status) return mandatory('status');
        if (status !== 'active' && status !== 'inactive') return bad(`[status] Given data (${status}) does not belong to the LineStatusEnum enumeration`);
        if (lineNumber === '0123456789') return ok(copy(SEEDS.ovh.buildingsByLine));
        const line = this.lines.byNumber(lineNumber);
        return ok(line && line.status === status ? [ovhBuilding(line.building)] : []);
      }
      case 'search/buildingDetails': {
        const code = str(body, 'building');
        if (!code) return mandatory('building');
        if (code === XSS_BUILDING_CODE) return this.xss((b) => ok(ovhBuilding(b)));
        if (!BUILDING_RE.test(code)) return bad(`[building] Invalid building reference: ${code}`);
        const b = w.building(code);
        return b ? ok(ovhBuilding(b)) : taskError(`Building ${code} not found`);
      }
      case 'search/addresses': {
        if (body.latitude === undefined || body.latitude === null) return mandatory('latitude');
        if (body.longitude === undefined || body.longitude === null) return mandatory('longitude');
        const typed = checkBody(body, ADDRESSES_BODY);
        if (typed) return typed;
        const lat = Number(body.latitude);
        const lon = Number(body.longitude);
        if (!Number.isFinite(lat) || Math.abs(lat) > 90) return bad(`[latitude] Invalid latitude: ${String(body.latitude)}`);
        if (!Number.isFinite(lon) || Math.abs(lon) > 180) return bad(`[longitude] Invalid longitude: ${String(body.longitude)}`);
        const distance = body.distance === undefined ? 10 : Number(body.distance);
        if (distance < 0 || distance > 1000) return bad('[distance] must be between 0 and 1000 meters');
        return ok(addressesNear(w, lat, lon, distance).flatMap(({ addr, meters }) => addressesWithCoordinates(w, addr, meters)).slice(0, 50));
      }
      case 'search/lines': {
        const streetCode = str(body, 'streetCode');
        const streetNumber = str(body, 'streetNumber');
        const owner = str(body, 'ownerName');
        if (owner !== undefined && owner.length < 3) return bad('[ownerName] must contain at least 3 characters');
        if (streetCode === '123456789' && streetNumber === '2' && !owner) return ok(copy(SEEDS.ovh.linesSeed));
        const addr = this.addressFrom(body);
        if (addr && 'kind' in addr) return addr;
        const found = addr ? this.lines.at(addr).filter((l) => !l.unlisted && (!owner || l.owner.split(' ').some((p) => p.startsWith(owner.toUpperCase())))) : [];
        return ok(found.map((l) => ({
          copperInfo: copperInfo(l),
          address: ovhAddress(l.addr, { door: l.door, floor: l.floor, stairs: l.stairs, ownerName: maskOwner(l.owner) }),
          lineNumber: l.lineNumber,
        })));
      }
      case 'search/meetings':
        return checkBody(body, MEETINGS_BODY, MEETINGS_ENUMS) ?? ovhMeetings(this.seed, body);
      case 'test/line': {
        const lineNumber = str(body, 'lineNumber');
        const status = str(body, 'status');
        if (!lineNumber) return mandatory('lineNumber');
        if (!status) return mandatory('status');
        if (status !== 'active' && status !== 'inactive') return bad(`[status] Given data (${status}) does not belong to the LineStatusEnum enumeration`);
        if (!/^0\d{9}$/.test(lineNumber)) return bad(`[lineNumber] Invalid line number: ${lineNumber}`);
        // the guides' placeholder reference stays on the EN test/line example (what GET test answers for it)
        if (lineNumber === '0123456789') return ok(status === 'active' ? copy(SEEDS.ovh.testLineEn) : seedInactiveLineTest(this.seed));
        const line = this.lines.byNumber(lineNumber);
        if (!line) return taskError(`Line ${lineNumber} not found`);
        if (line.status !== status) return taskError(`Line ${lineNumber} is not ${status}`);
        return ok(lineTest(this.seed, line));
      }
      case 'test/address': {
        if (str(body, 'streetCode') === '94123001234' && str(body, 'streetNumber') === '4') return this.seedTest(SEEDS.ovh.testAddress, 'address|94123001234|4');
        const addr = this.addressFrom(body);
        if (addr && 'kind' in addr) return addr;
        if (!addr) return taskError('Address not found');
        const neighbour = neighbourLine(w, this.lines, addr);
        return neighbour ? ok(addressTest(this.seed, addr, neighbour)) : taskError('No neighbour line found for this address');
      }
      case 'test/building': {
        const code = str(body, 'building');
        if (!code) return mandatory('building');
        if (code === 'IMB/91471/C/NT8X') return this.seedTest(SEEDS.ovh.testBuildingEn, `building|${code}`);
        if (code === 'IMB/91234/A/NT6Z') return this.seedTest(SEEDS.ovh.testBuildingFr, `building|${code}`);
        if (code === XSS_BUILDING_CODE) return this.xss((b) => ok(buildingTest(this.seed, b, 'building', b.code)));
        if (!BUILDING_RE.test(code)) return bad(`[building] Invalid building reference: ${code}`);
        const b = w.building(code);
        return b ? ok(buildingTest(this.seed, b, 'building', code)) : taskError(`Building ${code} not found`);
      }
      case 'test/otp': {
        const otp = str(body, 'otp');
        if (!otp) return mandatory('otp');
        if (otp === 'OO-XXXX-XXXX/C') return this.seedTest(SEEDS.ovh.testBuildingEn, `otp|${otp}`);
        if (!/^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}(\/[A-Z])?$/i.test(otp)) return bad(`[otp] Invalid OTP reference: ${otp}`);
        const b = w.buildingByOtp(otp.replace(/\/[A-Z]$/i, ''));
        return b ? ok(buildingTest(this.seed, b, 'otp', otp)) : taskError(`OTP ${otp} not found`);
      }
      default:
        return { kind: 'http', status: 404, body: { message: `Got an invalid (or empty) URL: /connectivity/eligibility/${op}` } };
    }
  }

  /**
   * A guide example served for a test other than the EN test/line one: verbatim but for its own
   * eligibilityReference (the guides give every example the same placeholder), so that
   * GET test?eligibilityReference= answers this test and not whichever ran last.
   */
  private seedTest(example: unknown, key: string): OvhAnswer {
    return ok({ ...(copy(example) as Record<string, unknown>), eligibilityReference: opaqueReference(this.seed, `seed|${key}`) });
  }

  private xss(build: (b: NonNullable<ReturnType<World['building']>>) => OvhAnswer): OvhAnswer {
    const addr = this.world.addressOf(XSS_BASE_ADDRESS.streetCode, XSS_BASE_ADDRESS.number);
    const b = addr && this.world.buildingsAt(addr)[0];
    if (!b) return taskError('XSS base building missing');
    const a = build(b);
    return a.kind === 'result' ? ok(asXssAnswer(a.result, b.code)) : a;
  }
}

/** test/line 0123456789 inactive: the line the guide's search/lines example finds (inactive, owner J*** D**). */
function seedInactiveLineTest(seed: number): Record<string, unknown> {
  const found = SEEDS.ovh.linesSeed[0];
  const active = SEEDS.ovh.testLineEn;
  return {
    offers: active.offers.map((o) => ({ ...o, eligibility: { ...o.eligibility, activationTypes: ['create'] } })),
    endpoint: {
      portability: { type: null, eligibility: { underConditions: [], eligible: false, reasons: [] }, quarantineEndDate: null },
      referenceType: 'lineNumber',
      fiberInfo: null,
      copperInfo: copy(found.copperInfo),
      reference: '0123456789',
      address: copy(found.address),
    },
    eligibilityReference: opaqueReference(seed, 'line|0123456789|inactive'),
  };
}

/** search/addresses items (AddressWithCoordinates): one per building at the address, coordinates and distance as strings. */
function addressesWithCoordinates(w: World, addr: ResolvedAddress, meters: number): Record<string, unknown>[] {
  const a = ovhAddress(addr);
  const base = { city: a.city, inseeCode: a.inseeCode, streetCode: a.streetCode, streetName: a.streetName, streetNumber: a.streetNumber, zipCode: a.zipCode,
    distance: String(Math.round(meters)) };
  const buildings = w.buildingsAt(addr);
  if (!buildings.length) return [{ ...base, buildingName: null, buildingReference: null, latitude: String(addr.lat), longitude: String(addr.lon) }];
  return buildings.map((b) => ({ ...base, buildingName: b.name, buildingReference: b.code, latitude: String(b.lat), longitude: String(b.lon) }));
}
