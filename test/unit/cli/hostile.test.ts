import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { ovhTasks, scriptedServer, Scripted, Seen, sendJson } from '../requests/scripted';
import { buildCli, ROOT, runCli, tempFiles } from './helpers';

/**
 * ≥ 15 hostile request/environment files (test/fixtures/requests/hostile/*), each run by the
 * real CLI with sentinel credentials configured for a "home" server, while evil servers listen
 * where the files point. Every request every server receives is recorded with its headers:
 * no credential may reach any host but home, and no sentinel may appear in any output.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/requests/hostile');
const SENT = crypto.randomBytes(6).toString('hex');
const SECRETS = {
  ELIG_OVH_APPLICATION_KEY: `S-ovh-ak-${SENT}`, ELIG_OVH_APPLICATION_SECRET: `S-ovh-as-${SENT}`, ELIG_OVH_CONSUMER_KEY: `S-ovh-ck-${SENT}`,
  ELIG_ORANGE_CLIENT_ID: `S-or-id-${SENT}`, ELIG_ORANGE_CLIENT_SECRET: `S-or-cs-${SENT}`, ELIG_ORANGE_API_KEY: `S-or-key-${SENT}`,
};
const CRED_HEADER = /^(authorization|proxy-authorization|x-api-key|x-ovh-application|x-ovh-consumer|x-ovh-signature)$/i;

/** Every way a sentinel could show up in a recorded request: raw, or inside a Basic header. */
function leaks(s: Seen): string[] {
  const found: string[] = [];
  const text = [s.url, s.body, ...Object.entries(s.headers).map(([k, v]) => `${k}: ${String(v)}`)].join('\n');
  const decoded = Object.values(s.headers).map(v => /^Basic\s+(.+)$/i.exec(String(v))?.[1]).filter(Boolean).map(b => Buffer.from(b!, 'base64').toString('utf8')).join('\n');
  if (text.includes(SENT) || decoded.includes(SENT)) found.push('sentinel');
  for (const k of Object.keys(s.headers)) if (CRED_HEADER.test(k)) found.push(k);
  return found;
}
function outputLeaks(text: string): boolean {
  if (text.includes(SENT)) return true;
  for (const v of Object.values(SECRETS)) if (text.includes(Buffer.from(v).toString('base64')) || text.includes(encodeURIComponent(v))) return true;
  return false;
}

function apiHandler(evilUrl: () => string): (req: Seen, res: http.ServerResponse) => void {
  const tasks = ovhTasks(() => [{ city: 'ORSAY', inseeCode: '91471', zipCode: '91400' }], false);
  return (req, res) => {
    const p = req.url.split('?')[0];
    if (p.startsWith('/redirect/')) { res.writeHead(307, { location: `${evilUrl()}${req.url.replace('/redirect', '')}` }); res.end(); return; }
    if (p.endsWith('/oauth/v3/token')) { sendJson(res, 200, { token_type: 'Bearer', access_token: `tok-${crypto.randomBytes(8).toString('hex')}`, expires_in: 3600 }); return; }
    if (p.endsWith('/eligibility/b2b/v1/poi')) { sendJson(res, 200, []); return; }
    if (p.endsWith('/productRIPQualification')) { sendJson(res, 400, { code: 30, message: 'ND not found', description: 'ND not found' }); return; }
    if (p.endsWith('/auth/time')) { sendJson(res, 200, Math.floor(Date.now() / 1000)); return; }
    tasks(req, res);
  };
}

interface CaseSpec { description: string; exit?: number; control?: boolean; args?: string[] }
interface CaseRun {
  spec: CaseSpec; code: number | null; stdout: string; stderr: string; report?: string; homeHost: string;
  got: { home: Seen[]; evil: Seen[]; evil2: Seen[] };
}

/** Runs one case with its own home and evil servers (so cases can run in parallel). */
async function runCase(name: string): Promise<CaseRun> {
  const spec = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'case.json'), 'utf8')) as CaseSpec;
  let evilUrl = '';
  const evil = await scriptedServer(apiHandler(() => evilUrl));
  evilUrl = evil.url;
  const home = await scriptedServer(apiHandler(() => evilUrl));
  let evil2: Scripted | undefined;
  try { evil2 = await scriptedServer(apiHandler(() => evilUrl), '127.0.0.2', home.port); } catch { evil2 = undefined; }
  try {
    const fill = (s: string) => s.replace(/__HOME__/g, home.url).replace(/__EVIL__/g, evil.url).replace(/__P__/g, String(home.port))
      .replace(/__Q__/g, String(evil.port)).replace(/__SENTINEL__/g, SECRETS.ELIG_ORANGE_CLIENT_SECRET);
    const files: Record<string, string> = {};
    for (const f of fs.readdirSync(path.join(FIXTURES, name))) files[f] = fill(fs.readFileSync(path.join(FIXTURES, name, f), 'utf8'));
    const dir = tempFiles(files);
    const out = path.join(dir, 'report.json');
    const r = await runCli(['run', 'requests.elig.json', '--env', 'hostile', '--reporter', 'json', '--out', out, '--verbose', ...(spec.args ?? [])], {
      cwd: dir, env: { ...SECRETS, ELIG_OVH_ENDPOINT: home.url, ELIG_ORANGE_BASE_URL: home.url },
    });
    return { spec, ...r, report: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined, homeHost: `127.0.0.1:${home.port}`,
      got: { home: [...home.seen], evil: [...evil.seen], evil2: [...(evil2?.seen ?? [])] } };
  } finally { await home.close(); await evil.close(); await evil2?.close(); }
}

describe('elig CLI: hostile request and environment files never move a credential', function () {
  this.timeout(120000);
  const cases = fs.readdirSync(FIXTURES).filter(d => fs.existsSync(path.join(FIXTURES, d, 'case.json'))).sort();
  const runs = new Map<string, CaseRun>();

  before(async () => {
    await buildCli();
    const queue = [...cases];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) runs.set(c, await runCase(c));
    }));
  });

  it('has at least 15 hostile cases (plus controls)', () => {
    const hostile = cases.filter(c => !JSON.parse(fs.readFileSync(path.join(FIXTURES, c, 'case.json'), 'utf8')).control);
    assert.ok(hostile.length >= 15, `${hostile.length} hostile cases`);
  });

  for (const name of cases) {
    const description = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'case.json'), 'utf8')).description as string;
    it(`${name}: ${description}`, () => {
      const r = runs.get(name)!;
      const { spec, got } = r;
      if (spec.exit !== undefined) assert.equal(r.code, spec.exit, `exit code\n${r.stderr}`);
      else assert.ok(r.code !== null && r.code <= 2, r.stderr);
      for (const [server, list] of Object.entries(got)) {
        for (const s of list) {
          const l = leaks(s);
          const atHome = server === 'home' && s.host === r.homeHost;
          assert.ok(atHome || l.length === 0, `${server} got ${l.join(', ')} on ${s.method} ${s.url} (Host ${s.host})`);
        }
      }
      if (spec.control) assert.ok(got.home.some(s => s.headers['x-api-key'] === SECRETS.ELIG_ORANGE_API_KEY), 'control: the API key reached its own host');
      if (name.startsWith('22-')) assert.equal(got.evil.length + got.home.length, 0, '--sandbox sends nothing to the files\' endpoints');
      if (r.code === 3) {
        assert.equal(got.home.length + got.evil.length + got.evil2.length, 0, 'bad input: nothing sent');
        assert.equal(r.report, undefined, 'bad input: no report written');
      } else {
        assert.ok(r.report !== undefined, 'a report was written');
        assert.equal(outputLeaks(r.report), false, 'report');
        const rows = JSON.parse(r.report) as { error?: { kind: string } }[];
        if (!spec.control && !name.startsWith('22-')) assert.ok(rows.some(x => x.error && ['credentials', 'redirect'].includes(x.error.kind)), JSON.stringify(rows.map(x => x.error)));
      }
      assert.equal(outputLeaks(r.stdout), false, 'stdout');
      assert.equal(outputLeaks(r.stderr), false, 'stderr');
    });
  }
});
