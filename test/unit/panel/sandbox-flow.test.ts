/**
 * The host-side panel logic against the real sandbox over HTTP: a RIP address with several
 * buildings answers notComputed, the panel offers its buildings, picking one re-runs and computes;
 * the view and the cURL of a real Orange exchange carry no credential.
 */
import { strict as assert } from 'node:assert';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { HttpClient } from '../../../src/core/http/client';
import { execute } from '../../../src/core/execute';
import { createSharedState, type RunContext } from '../../../src/core/apis/operation';
import { SANDBOX_CREDENTIALS, sandboxTarget } from '../../../src/core/target';
import { callForBuilding, makeView } from '../../../src/extension/panel/view';
import { toCurl } from '../../../src/extension/panel/curl';
import { buildingChoices, ripItems } from '../../../webview/details-model';
import { buildOfferRows } from '../../../webview/offers-model';
import { DEFAULT_UI, parseHostToWebview } from '../../../src/shared/protocol';
import { labels } from './fixtures';

describe('panel flow against the sandbox', function () {
  this.timeout(60000);
  let sb: RunningSandbox;
  let http: HttpClient;
  let ctx: RunContext;

  before(async () => {
    sb = await startSandbox({ port: 0 });
    http = new HttpClient();
    ctx = { http, target: sandboxTarget(sb.url), state: createSharedState(), poll: { initialDelayMs: 1, maxDelayMs: 5, deadlineMs: 20000 } };
  });
  after(async () => { (http as unknown as { dispose?: () => void }).dispose?.(); await sb?.close(); });

  it('notComputed → pick a building → computed, in the same call shape', async () => {
    const call = { api: 'orange-rip' as const, operation: 'productRIPQualification',
      params: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } } };
    const first = await execute(ctx, call);
    assert.ok(first.ok, JSON.stringify(first.error));
    const v1 = makeView({ result: first }, 'Sandbox');
    const choices = buildingChoices(v1);
    assert.ok(choices.length > 1, `buildings to choose: ${JSON.stringify(first.normalized)}`);
    assert.equal(ripItems(v1).length, 0);

    const next = callForBuilding(v1.result.call, choices[0].code, v1.result.normalized);
    const second = await execute(ctx, next);
    assert.ok(second.ok, JSON.stringify(second.error));
    const v2 = makeView({ result: second }, 'Sandbox');
    assert.deepEqual(buildingChoices(v2), []);
    const items = ripItems(v2);
    assert.ok(items.length > 0);
    assert.ok(items.some(i => i.characteristics.length > 0));
  });

  it('a real Orange exchange: the view, the show message and the cURL hold no credential', async () => {
    const r = await execute(ctx, { api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } });
    assert.ok(r.ok, JSON.stringify(r.error));
    assert.ok(r.exchange, 'the exchange is recorded');
    const v = makeView({ result: r }, 'Sandbox');
    const msg = parseHostToWebview(JSON.parse(JSON.stringify({ type: 'show', view: v, ui: DEFAULT_UI, labels: labels() })));
    assert.ok(msg);
    const curl = toCurl(v.result.exchange!);
    for (const text of [JSON.stringify(msg), curl]) {
      for (const secret of [SANDBOX_CREDENTIALS.orange.clientSecret, SANDBOX_CREDENTIALS.orange.apiKey]) assert.ok(!text.includes(secret), secret);
      assert.doesNotMatch(text, /Bearer (?!\*\*\*)[A-Za-z0-9._~+/=-]{8,}/, 'no bearer token');
    }
    assert.match(curl, /X-Api-Key: \$ELIG_ORANGE_API_KEY/, "the key is an environment placeholder, never a value nor ***");
    assert.ok(buildOfferRows(v.result.normalized?.offers ?? [], DEFAULT_UI.sort, { text: '', eligibleOnly: false }).length > 0);
  });
});
