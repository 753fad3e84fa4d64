import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ResultEntry } from '../../../src/extension/run/history';

const run = async (command: string, arg: unknown): Promise<ResultEntry> => {
  const entry = await vscode.commands.executeCommand<ResultEntry>(command, arg);
  assert.ok(entry, `${command} returned nothing`);
  return entry;
};
const brief = (e: ResultEntry) => JSON.stringify({ ok: e.result.ok, error: e.result.error, offers: e.result.normalized?.offers.map(o => [o.code, o.eligible]) }).slice(0, 600);

describe('test commands produce the seed examples\' results (Sandbox profile)', () => {
  it('Test Line… (active 0123456789): copper offers, non-eligible reasons, copper details', async () => {
    const e = await run('eligibility.testLine', { lineNumber: '0123456789', status: 'active' });
    assert.ok(e.result.ok, brief(e));
    assert.strictEqual(e.profileName, 'Sandbox');
    const offers = e.result.normalized!.offers;
    const sdsl2 = offers.find(o => o.code === 'SDSL-1M-2P');
    assert.ok(sdsl2?.eligible, brief(e));
    const tooFar = offers.find(o => o.code === 'SDSL-1M-1P');
    assert.strictEqual(tooFar?.eligible, false);
    assert.deepStrictEqual(tooFar!.reasons.map(r => r.code), ['TOO_MUCH_ATTENUATION']);
    assert.match(JSON.stringify(e.result.normalized), /copper/i, 'copper details in the normalized endpoint');
    assert.ok(e.result.normalized!.eligibilityReference, 'an eligibility reference');
  });

  it('Test Building… (IMB/91471/C/NT8X): FTTH offers eligible', async () => {
    const e = await run('eligibility.testBuilding', 'IMB/91471/C/NT8X');
    assert.ok(e.result.ok, brief(e));
    const ftth = e.result.normalized!.offers.filter(o => o.technology === 'FTTH');
    assert.ok(ftth.length >= 1 && ftth.every(o => o.eligible), brief(e));
  });

  it('Test Address… (94123001234 / 4) answers offers', async () => {
    const e = await run('eligibility.testAddress', { streetCode: '94123001234', streetNumber: '4' });
    assert.ok(e.result.ok, brief(e));
    assert.ok(e.result.normalized!.offers.length > 0, brief(e));
  });

  it('Test OTP… answers', async () => {
    const e = await run('eligibility.testOtp', 'OO-XXXX-XXXX/C');
    assert.ok(e.result.ok, brief(e));
    assert.strictEqual(e.result.call.params.otp, 'OO-XXXX-XXXX/C');
  });

  it('Orange POI look-up… by building code and by full-text address', async () => {
    const byCode = await run('eligibility.orangePoi', 'IMB/59378/X/013S');
    assert.ok(byCode.result.ok, brief(byCode));
    assert.deepStrictEqual(byCode.result.call.params, { buildingCode: 'IMB/59378/X/013S' });
    assert.ok(byCode.result.normalized!.offers.length > 0, brief(byCode));
    const byText = await run('eligibility.orangePoi', '14 Rue Maurice Choury, 20000 Ajaccio');
    assert.ok(byText.result.ok, brief(byText));
    assert.deepStrictEqual(byText.result.call.params, { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' });
  });

  it('RIP qualification… (ftte address) gives qualification items; several buildings → buildings to choose', async () => {
    const ftte = await run('eligibility.ripQualification', { contextType: 'address', category: { name: 'ftte' },
      place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', streetNr: '59' } } });
    assert.ok(ftte.result.ok, brief(ftte));
    assert.ok(ftte.result.normalized!.offers.length > 0, brief(ftte));
    const many = await run('eligibility.ripQualification', { contextType: 'address', category: { name: 'ftte' },
      place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } });
    assert.ok(many.result.ok, brief(many));
    assert.strictEqual(many.result.normalized!.qualificationResult, 'notComputed');
    assert.strictEqual(many.result.normalized!.buildingsToChoose?.length, 6);
  });

  it('an unknown building is an API error with its status, code, message and a next step', async () => {
    const orange = await run('eligibility.orangePoi', 'IMB/99999/X/ZZZZ');
    assert.strictEqual(orange.result.ok, false);
    const err = orange.result.error!;
    assert.deepStrictEqual({ kind: err.kind, status: err.status, code: err.code, nextStep: err.nextStep },
      { kind: 'http', status: 404, code: '4042', nextStep: 'fix-input' });
    assert.match(err.message, /unknown building/);
    const ovh = await run('eligibility.testBuilding', 'IMB/99999/X/ZZZZ');
    assert.strictEqual(ovh.result.error?.kind, 'task', 'OVH reports it as a failed task');
    assert.match(ovh.result.error!.message, /not found/);
  });
});
