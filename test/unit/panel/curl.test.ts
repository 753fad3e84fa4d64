import { strict as assert } from 'node:assert';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createSharedState } from '../../../src/core/apis/operation';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import { SANDBOX_CREDENTIALS, sandboxTarget } from '../../../src/core/target';
import type { ApiCall } from '../../../src/core/result';
import { shellQuote, toCurl } from '../../../src/extension/panel/curl';
import { maskHeader } from '../../../src/extension/panel/curl';
import { redactor } from '../../../src/core/log';
import { startSandbox } from '../../../src/sandbox';

/** Runs a generated script with sh (asynchronously: the sandbox answers in this process), the Orange token line of its comment first. */
async function runScript(script: string, env: Record<string, string>): Promise<string> {
  const token = /^#\s+(export ELIG_ORANGE_TOKEN=.*)$/m.exec(script)?.[1];
  const r = await promisify(execFile)('sh', ['-c', `set -e\n${token ?? ''}\n${script}`], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20000 });
  return r.stdout;
}

const ENV = {
  ELIG_ORANGE_CLIENT_ID: SANDBOX_CREDENTIALS.orange.clientId, ELIG_ORANGE_CLIENT_SECRET: SANDBOX_CREDENTIALS.orange.clientSecret,
  ELIG_ORANGE_API_KEY: SANDBOX_CREDENTIALS.orange.apiKey,
  ELIG_OVH_APPLICATION_KEY: SANDBOX_CREDENTIALS.ovh.applicationKey, ELIG_OVH_APPLICATION_SECRET: SANDBOX_CREDENTIALS.ovh.applicationSecret,
  ELIG_OVH_CONSUMER_KEY: SANDBOX_CREDENTIALS.ovh.consumerKey,
};

describe('copy as cURL: runnable, secrets as environment placeholders', function () {
  this.timeout(60000);
  let sb: Awaited<ReturnType<typeof startSandbox>>;
  let http: HttpClient;
  before(async () => { sb = await startSandbox({ port: 0 }); http = new HttpClient(); });
  after(async () => { http.dispose(); await sb.close(); });
  const run = (call: ApiCall) => execute({ http, target: sandboxTarget(sb.url), state: createSharedState(), poll: { initialDelayMs: 5, maxDelayMs: 20 } }, call);

  const cases: [string, ApiCall, (out: string) => void][] = [
    ['Orange b2b GET /poi (Bearer + X-Api-Key)', { api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } },
      out => assert.equal((JSON.parse(out) as { building: { id: string } }[])[0].building.id, 'IMB/59378/X/013S')],
    ['Orange RIP POST (Bearer, JSON body, the fullText spelling kept)', { api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } } } },
      out => assert.ok(Array.isArray((JSON.parse(out) as { productOfferingQualificationItem: unknown[] }).productOfferingQualificationItem))],
    ['OVH signed /partners (timestamp and $1$ signature computed by the script)', { api: 'ovh', operation: 'test/building/partners', params: { building: 'IMB/91471/C/NT8X' } },
      out => assert.match((JSON.parse(out) as { status: string }).status, /^(pending|ok|done)$/, out)],
  ];
  for (const [what, call, check] of cases) {
    it(what, async () => {
      const r = await run(call);
      assert.ok(r.exchange, JSON.stringify(r.error));
      const script = toCurl(r.exchange);
      assert.ok(!script.includes('***'), script);
      for (const v of Object.values(ENV)) assert.ok(!script.includes(v), `a secret value in the script: ${v}`);
      check(await runScript(script, ENV));
    });
  }

  it('says how to get the token and which variables to set', async () => {
    const r = await run({ api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } });
    const c = toCurl(r.exchange!);
    assert.match(c, /^# .*environment variables/m);
    assert.match(c, /-H "Authorization: Bearer \$ELIG_ORANGE_TOKEN"/);
    assert.match(c, /-H "X-Api-Key: \$ELIG_ORANGE_API_KEY"/);
    assert.match(c, /ELIG_ORANGE_CLIENT_ID and\n# ELIG_ORANGE_CLIENT_SECRET set, run this line first/);
    const refused = await runScript(c.replace(/^#\s+export ELIG_ORANGE_TOKEN=.*$/m, ''), ENV);
    assert.match(refused, /"code":\s*4[01]/, 'without the token the call is refused: the placeholders are what authenticates');
  });

  it('masks header values for the panel', () => {
    assert.equal(maskHeader('authorization', 'Basic dXNlcjpwYXNz'), 'Basic ***');
    assert.equal(maskHeader('Authorization', 'whatever'), '***');
    assert.equal(maskHeader('x-ovh-signature', '$1$abc'), '***');
    assert.equal(maskHeader('content-type', 'application/json'), 'application/json');
  });

  it('removes registered secret values from the URL and body', () => {
    redactor.addSecret('S3cr3t-Value-42');
    const c = toCurl({ method: 'POST', url: 'https://x.test/p?k=S3cr3t-Value-42', requestHeaders: {}, requestBody: { note: 'S3cr3t-Value-42', building: 'IMB/1' } });
    assert.ok(!c.includes('S3cr3t-Value-42'));
    assert.match(c, /--data-raw '\{"note":"\*\*\*","building":"IMB\/1"\}'/);
  });

  it('quotes for the shell, so the command line says exactly the body', () => {
    const body = { name: `O'Brien "quoted" $HOME \`x\`` };
    const c = toCurl({ method: 'POST', url: 'https://x.test/', requestHeaders: {}, requestBody: body });
    const data = /--data-raw ('(?:[^']|'\\'')*')$/.exec(c)?.[1];
    assert.ok(data);
    const echoed = execFileSync('sh', ['-c', `printf %s ${data}`]).toString();
    assert.deepEqual(JSON.parse(echoed), body);
    assert.equal(shellQuote("a'b"), `'a'\\''b'`);
  });
});
