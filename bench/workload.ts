/**
 * The bulk-replay workload: distinct, valid inputs taken from the sandbox's generated world
 * (MARSEILLE, 5,400 streets), so no two OVH requests share a task and every answer is known.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataset } from '../src/sandbox/dataset';

export interface Workload { dir: string; ovh: number; b2b: number; rip: number; httpRequests: number; buildings: string[] }

/** Building codes of the first streets of Marseille (one per street number). */
export function buildings(count: number): string[] {
  const d = createDataset();
  const out: string[] = [];
  const streets = d.ovh('search/streets', { inseeCode: '13055' });
  if (streets.kind !== 'result') throw new Error('dataset: no streets for 13055');
  for (const s of streets.result as { streetCode: string }[]) {
    const nums = d.ovh('search/streetNumbers', { streetCode: s.streetCode });
    if (nums.kind !== 'result') continue;
    for (const n of (nums.result as string[]).slice(0, 5)) {
      const b = d.ovh('search/buildings', { streetCode: s.streetCode, streetNumber: n });
      if (b.kind === 'result') for (const x of b.result as { reference: string }[]) if (/^IMB\//.test(x.reference)) { out.push(x.reference); break; }
      if (out.length >= count) return out;
    }
  }
  return out;
}

const poll = { initialDelayMs: 1, maxDelayMs: 5, deadlineMs: 60000 };

/** Writes `total` requests (½ OVH test/building with one pending poll, ¼ Orange b2b, ¼ RIP) into a temp folder. */
export function writeMixedWorkload(total: number): Workload {
  const nOvh = Math.round(total / 2), nB2b = Math.round(total / 4), nRip = total - nOvh - nB2b;
  const b = buildings(Math.max(nOvh, nB2b, nRip));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-bench-'));
  const file = (name: string, requests: unknown[]) =>
    fs.writeFileSync(path.join(dir, `${name}.elig.json`), JSON.stringify({ requests }, null, 1));
  file('ovh', b.slice(0, nOvh).map((code, i) => ({ name: `ovh ${i}`, api: 'ovh', operation: 'test/building', params: { building: code }, poll,
    expect: { ok: true, minOffers: 1 } })));
  file('b2b', b.slice(0, nB2b).map((code, i) => ({ name: `b2b ${i}`, api: 'orange-b2b', operation: 'poi', params: { buildingCode: code },
    expect: { ok: true, minOffers: 1 } })));
  file('rip', b.slice(0, nRip).map((code, i) => ({ name: `rip ${i}`, api: 'orange-rip', operation: 'productRIPQualification',
    params: { contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: code } },
    expect: { ok: true } })));
  // every OVH task costs 2 round trips (one pending answer, then the result); +1 Orange token request
  return { dir, ovh: nOvh, b2b: nB2b, rip: nRip, httpRequests: nOvh * 2 + nB2b + nRip + 1, buildings: b };
}

/** OVH searches that complete on the first call (pending polls 0), as .elig.json and as a .http file. */
export function writeSearchWorkload(total: number): { dir: string; eligFile: string; httpFile: string } {
  const b = buildings(total);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-bench-search-'));
  const eligFile = path.join(dir, 'search.elig.json');
  fs.writeFileSync(eligFile, JSON.stringify({
    requests: b.map((code, i) => ({ name: `details ${i}`, api: 'ovh', operation: 'search/buildingDetails', params: { building: code }, expect: { ok: true } })),
  }, null, 1));
  const httpFile = path.join(dir, 'search.http');
  fs.writeFileSync(httpFile, b.map((code, i) => [
    `### details ${i}`,
    `POST {{base}}/1.0/connectivity/eligibility/search/buildingDetails`,
    'Content-Type: application/json',
    'Accept: application/json',
    '',
    JSON.stringify({ building: code }),
    '',
    '?? status == 200',
    '',
  ].join('\n')).join('\n'));
  return { dir, eligFile, httpFile };
}
