/**
 * The campaign bench's rows and their ground truth. Rows are real copper lines of the sandbox's
 * generated world (every 25th one an ND the world does not have), written as `id,nd,status`.
 * What each row should answer is computed from the dataset module itself (its own answer
 * builders, no HTTP, no client code): OVH test/line offers and the RIP ND qualification, then
 * the report's columns by the documented rules (README "best": fiber above copper, then the
 * download rate, then the upload rate, then FTTO FTTE FTTH VDSL ADSL SDSL; a line's rate is OVH's
 * `estimatedDownloadRate`/`estimatedUploadRate` for it when given, else the product's nominal rate).
 */
import fs from 'node:fs';
import { parse } from 'csv-parse';
import { createDataset } from '../src/sandbox/dataset';
import { CITIES } from '../src/sandbox/dataset/cities';
import { Lines } from '../src/sandbox/dataset/lines';
import { World } from '../src/sandbox/dataset/world';

export interface BenchRow { id: string; nd: string; status: 'active' | 'inactive' }
/** The expected columns of one API: best technology, eligible codes (sorted), an error or not. */
export interface Expected { best: string; eligible: string[]; error: boolean }

const SEED = 20240401; // the sandbox's default seed (the bench starts it without --seed)

/** `n` rows, deterministic: lines of MARSEILLE, LYON, … in world order; every 25th an unknown ND. */
export function benchRows(n: number): BenchRow[] {
  const world = new World(SEED), lines = new Lines(world);
  const out: BenchRow[] = [];
  const order = [...CITIES.keys()].sort((a, b) => world.streets(b).length - world.streets(a).length);
  for (const cityIdx of order) {
    for (const street of world.streets(cityIdx)) {
      const count = world.numberCount(street);
      for (let numberIdx = 0; numberIdx < count; numberIdx++) {
        const addr = world.address({ cityIdx, streetIdx: street.idx, numberIdx });
        if (!addr) continue;
        for (const l of lines.at(addr)) {
          if (out.length % 25 === 24) {
            const nd = `0${CITIES[cityIdx].linePrefix}${String(9_999_999 - out.length).padStart(7, '0')}`;
            if (!lines.byNumber(nd)) out.push({ id: `r${out.length + 1}`, nd, status: 'active' });
          }
          if (out.length >= n) return out;
          out.push({ id: `r${out.length + 1}`, nd: l.lineNumber, status: l.status });
          if (out.length >= n) return out;
        }
      }
    }
  }
  throw new Error(`the generated world has fewer than ${n} lines`);
}

export function writeRows(file: string, rows: BenchRow[]): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'id,nd,status\n');
  for (let i = 0; i < rows.length; i += 5000) fs.writeSync(fd, rows.slice(i, i + 5000).map(r => `${r.id},${r.nd},${r.status}\n`).join(''));
  fs.closeSync(fd);
}

const FIBER = new Set(['FTTH', 'FTTE', 'FTTO']);
const ORDER = ['FTTO', 'FTTE', 'FTTH', 'VDSL', 'ADSL', 'SDSL'];
interface Cand { tech: string; down?: number; up?: number }
const rate = (v?: number) => (typeof v === 'number' && Number.isFinite(v) ? v : -1);
function best(xs: Cand[]): string {
  const s = [...xs].sort((a, b) => Number(FIBER.has(b.tech)) - Number(FIBER.has(a.tech)) || rate(b.down) - rate(a.down) || rate(b.up) - rate(a.up) || ORDER.indexOf(a.tech) - ORDER.indexOf(b.tech));
  return s[0]?.tech ?? '';
}

type RawOvhOffer = { product: { code: string; type: string; downloadRate?: number; uploadRate?: number }; eligibility: { eligible: boolean; estimatedDownloadRate?: number | null; estimatedUploadRate?: number | null } };
type RawRipItem = { qualificationItemResult: string; productOffering: { name: string } };

/** What the row's report columns should say, per API, from the dataset alone. */
export function expectedOf(rows: BenchRow[]): { ovh: Expected; rip: Expected }[] {
  const d = createDataset(SEED);
  return rows.map(r => {
    const o = d.ovh('test/line', { lineNumber: r.nd, status: r.status }) as { kind: string; result?: { offers: RawOvhOffer[] } };
    const offers = o.kind === 'result' ? o.result!.offers.filter(x => x.eligibility.eligible) : [];
    const ovh: Expected = { error: o.kind !== 'result', eligible: [...new Set(offers.map(x => x.product.code))].sort(),
      best: best(offers.map(x => ({ tech: x.product.type, down: x.eligibility.estimatedDownloadRate ?? x.product.downloadRate, up: x.eligibility.estimatedUploadRate ?? x.product.uploadRate }))) };
    const q = d.rip({ contextType: 'nd', category: { name: 'ftth' }, publicKey: { name: 'nd', value: r.nd } }) as { status: number; body: { productOfferingQualificationItem?: RawRipItem[] } };
    const items = q.status === 200 ? (q.body.productOfferingQualificationItem ?? []).filter(i => i.qualificationItemResult === 'eligible') : [];
    const rip: Expected = { error: q.status !== 200, eligible: [...new Set(items.map(i => i.productOffering.name))].sort(), best: items.length ? 'FTTH' : '' };
    return { ovh, rip };
  });
}

/** Report rows (CSV, streamed) checked against the expectations: wrong rows, with the first few described. */
export async function wrongRows(reportCsv: string, rows: BenchRow[], expected: { ovh: Expected; rip: Expected }[]): Promise<{ wrong: number; examples: string[]; seen: number; order: boolean }> {
  const byId = new Map(rows.map((r, i) => [r.id, i]));
  let wrong = 0, seen = 0, order = true;
  const examples: string[] = [];
  const parser = fs.createReadStream(reportCsv).pipe(parse({ bom: true, columns: true }));
  for await (const rec of parser as AsyncIterable<Record<string, string>>) {
    const i = byId.get(rec.id);
    if (i !== seen) order = false;
    seen++;
    if (i === undefined) { wrong++; continue; }
    const bad: string[] = [];
    for (const [api, e] of [['ovh', expected[i].ovh], ['orange-rip', expected[i].rip]] as const) {
      const got = { best: rec[`${api}.best`] ?? '', eligible: (rec[`${api}.eligible`] ?? '').split(';').filter(Boolean).sort(), error: !!rec[`${api}.error`] };
      if (got.error !== e.error) bad.push(`${api}.error ${got.error ? `"${rec[`${api}.error`].slice(0, 60)}"` : 'empty'} (expected ${e.error ? 'an error' : 'none'})`);
      else if (got.best !== e.best) bad.push(`${api}.best ${got.best || '∅'} (expected ${e.best || '∅'})`);
      else if (got.eligible.join(';') !== e.eligible.join(';')) bad.push(`${api}.eligible ${got.eligible.length} codes (expected ${e.eligible.length})`);
    }
    if (bad.length) { wrong++; if (examples.length < 3) examples.push(`${rec.id} ${rows[i].nd}: ${bad.join(', ')}`); }
  }
  return { wrong, examples, seen, order };
}
