/** OVH EligibilityTest builders (test/line, test/address, test/building, test/otp). */
import type { LineRec, Lines } from './lines';
import { maskOwner } from './lines';
import { copperInfo, copperOffers, fiberInfo, fiberOffers, ovhAddress, portability } from './ovh-offers';
import { opaqueReference } from './prng';
import type { BuildingRec, ResolvedAddress, World } from './world';

export function lineTest(seed: number, line: LineRec): Record<string, unknown> {
  return {
    offers: copperOffers(line, 'line'),
    endpoint: {
      portability: portability(line),
      referenceType: 'lineNumber',
      fiberInfo: null,
      copperInfo: copperInfo(line),
      reference: line.lineNumber,
      address: ovhAddress(line.addr, { door: line.door, floor: line.floor, stairs: line.stairs, ownerName: maskOwner(line.owner) }),
    },
    eligibilityReference: opaqueReference(seed, `line|${line.lineNumber}|${line.status}`),
  };
}

/** Neighbour line used for a line creation at `addr`: a line at the address, else at the nearest number of the street. */
export function neighbourLine(world: World, lines: Lines, addr: ResolvedAddress): LineRec | undefined {
  const numbers = world.numbers(addr.street);
  for (let d = 0; d < numbers.length; d++) {
    for (const i of [addr.numberIdx - d, addr.numberIdx + d]) {
      const a = i >= 0 && i < numbers.length ? world.address({ cityIdx: addr.cityIdx, streetIdx: addr.streetIdx, numberIdx: i }) : undefined;
      const l = a && lines.at(a).find((x) => !x.unlisted);
      if (l) return l;
    }
  }
  return undefined;
}

export function addressTest(seed: number, addr: ResolvedAddress, neighbour: LineRec): Record<string, unknown> {
  return {
    eligibilityReference: opaqueReference(seed, `address|${addr.street.streetCode}|${addr.number}`),
    endpoint: {
      referenceType: 'lineNumber',
      portability: { quarantineEndDate: null, type: null, eligibility: { underConditions: [], reasons: [], eligible: false } },
      address: ovhAddress(addr),
      fiberInfo: null,
      copperInfo: { ...copperInfo(neighbour), unlistedNumber: false, status: 'active' },
      reference: neighbour.lineNumber,
    },
    // A neighbour-line creation offers the best-effort xDSL products (as the guide's example), not guaranteed SDSL.
    offers: copperOffers(neighbour, 'neighbour').filter((o) => !/^SDSL-\d/.test((o as { product: { code: string } }).product.code)),
  };
}

export function buildingTest(seed: number, b: BuildingRec, via: 'building' | 'otp', reference: string): Record<string, unknown> {
  return {
    offers: fiberOffers(b, via === 'otp'),
    endpoint: {
      referenceType: via,
      portability: null,
      address: ovhAddress(b.addr, { building: b.name || null }),
      fiberInfo: fiberInfo(b),
      reference,
      copperInfo: null,
    },
    eligibilityReference: opaqueReference(seed, `${via}|${reference}`),
  };
}
