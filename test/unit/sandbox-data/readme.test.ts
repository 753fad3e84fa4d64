/** The showcase table of src/sandbox/dataset/README.md is what the dataset serves. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataset } from '../../../src/sandbox/dataset';
import { resultOf } from './helpers';

const README = readFileSync(join(__dirname, '../../../src/sandbox/dataset/README.md'), 'utf8');
const EXEMPLES = '6938300010';

describe('sandbox dataset: README showcase table', () => {
  const d = createDataset(99); // any seed: the showcase is seed-independent
  const rows = README.split('\n').filter((l) => /^\| \d+ \|/.test(l)).map((l) => l.split('|').map((c) => c.trim()));

  it('lists the showcase numbers', () => {
    assert.ok(rows.length >= 25, String(rows.length));
  });

  for (const row of rows) {
    const [, n, label, building, otp, line, hexacle] = row;
    it(`RUE DES EXEMPLES ${n}: ${label}`, () => {
      const buildings = resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: n }));
      const code = /`(IMB\/[^`]+)`/.exec(building)?.[1];
      if (code) assert.equal(buildings[0].reference, code);
      const otpCode = /`(OO-[^`]+)`/.exec(otp)?.[1];
      if (otpCode) assert.equal(resultOf(d.ovh('test/otp', { otp: otpCode })).endpoint.fiberInfo.buildingReference, buildings[0].reference);
      const lineNumber = /`(0\d{9})`/.exec(line)?.[1];
      if (lineNumber) {
        const status = /inactive/.test(label) ? 'inactive' : 'active';
        assert.equal(resultOf(d.ovh('test/line', { lineNumber, status })).endpoint.address.streetNumber, n);
      }
      const hex = /`([0-9A-Z]{10})`/.exec(hexacle ?? '')?.[1];
      if (hex) assert.deepEqual(resultOf(d.ovh('search/buildings', { hexacle: hex })), buildings);
      const count = /\*\*(six|eight) buildings\*\*/.exec(label)?.[1];
      if (count) assert.equal(buildings.length, count === 'six' ? 6 : 8);
    });
  }
});
