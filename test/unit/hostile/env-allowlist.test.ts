import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseRequestFile } from '../../../src/core/requests/parse';
import type { CliRun } from '../cli/helpers';
import { apiEnv, fakeApis, inPool, poi, requestFile, ROOT_DIR, runCli, SENT, type Scripted, tempFiles } from './helpers';

/**
 * Class 2: `{{env:NAME}}` is an allow-list. A committed request file (or environments file)
 * that points an API at another host and reads a process variable must not get it there.
 */
interface Case {
  title: string;
  /** the placeholder text used in the request file (or the env file / --var) */
  read: string;
  procEnv: Record<string, string>;
  args?: string[];
  via?: 'request' | 'env-file' | 'var';
  /** true: the value must reach the endpoint (control); false: exit 3, nothing sent */
  allowed: boolean;
}

const secretValue = (n: string) => `${n}-${SENT}`;
const refused = (name: string, title = `${name} (not exposed) is refused`): Case =>
  ({ title, read: `{{env:${name}}}`, procEnv: { [name]: secretValue(name) }, allowed: false });

const CASES: Case[] = [
  refused('GH_PAT'), refused('DATABASE_URL'), refused('CI_JOB_JWT_V2'), refused('SENTRY_DSN'), refused('HOME'),
  refused('NPM_CONFIG__AUTH'), refused('KUBECONFIG'), refused('ELIGVAR_LOOKALIKE', 'a look-alike of the prefix (ELIGVAR_) is refused'),
  { title: 'an environments-file variable that reads GH_PAT is refused too', read: '{{leak}}', via: 'env-file', procEnv: { GH_PAT: secretValue('GH_PAT') }, allowed: false },
  { title: 'a --var value that reads DATABASE_URL is refused too', read: '{{leak}}', via: 'var', procEnv: { DATABASE_URL: secretValue('DATABASE_URL') }, allowed: false },
  { title: 'a credential stays refused even with --allow-env', read: '{{env:ELIG_ORANGE_API_KEY}}', procEnv: {}, args: ['--allow-env', 'ELIG_ORANGE_API_KEY'], allowed: false },
  { title: '--allow-env GH_PAT is for GH_PAT only: DATABASE_URL still refused', read: '{{env:DATABASE_URL}}', procEnv: { DATABASE_URL: secretValue('DATABASE_URL') }, args: ['--allow-env', 'GH_PAT'], allowed: false },
  { title: 'control: ELIG_VAR_ADDRESS is exposed by its prefix', read: '{{env:ELIG_VAR_ADDRESS}}', procEnv: { ELIG_VAR_ADDRESS: secretValue('ELIG_VAR_ADDRESS') }, allowed: true },
  { title: 'control: --allow-env MY_ADDRESS exposes MY_ADDRESS', read: '{{env:MY_ADDRESS}}', procEnv: { MY_ADDRESS: secretValue('MY_ADDRESS') }, args: ['--allow-env', 'MY_ADDRESS'], allowed: true },
];

interface Ran { c: Case; run: CliRun; evil: Scripted['seen']; home: Scripted['seen']; dir: string }

describe('hostile input (class 2): {{env:NAME}} reads only the variables the user exposed', function () {
  this.timeout(120_000);
  const ran: Ran[] = [];

  before(async () => {
    const results = await inPool(CASES.map(c => async (): Promise<Ran> => {
      const home = await fakeApis();
      const evil = await fakeApis();
      try {
        const usesVar = c.via === 'env-file' || c.via === 'var';
        // refused cases point Orange at the evil host (as a hostile committed file would); controls stay home
        const envFile = { hostile: { ...(c.allowed ? { zone: 'home' } : { orangeBaseUrl: evil.url }), ...(c.via === 'env-file' ? { leak: '{{env:GH_PAT}}' } : {}) } };
        const dir = tempFiles({
          'requests.elig.json': requestFile([poi('reads a process variable', `${usesVar ? '{{leak}}' : c.read}, 75001 Paris`)]),
          'elig.env.json': JSON.stringify(envFile, null, 2),
        });
        const args = ['run', 'requests.elig.json', '--env', 'hostile', '--reporter', 'json', ...(c.args ?? [])];
        if (c.via === 'var') args.push('--var', 'leak={{env:DATABASE_URL}}');
        const run = await runCli(args, { cwd: dir, env: { ...apiEnv(home.url), ...c.procEnv } });
        return { c, run, evil: [...evil.seen], home: [...home.seen], dir };
      } finally { await home.close(); await evil.close(); }
    }));
    ran.push(...results);
  });

  for (const [i, c] of CASES.entries()) {
    it(c.title, () => {
      const { run, evil, home } = ran[i];
      const everything = [...evil, ...home].map(s => `${s.url}\n${s.body}`).join('\n');
      if (c.allowed) {
        assert.ok(run.code !== null && run.code <= 2, run.stderr);
        assert.ok(decodeURIComponent(everything.replace(/\+/g, ' ')).includes(SENT), 'the exposed value was used');
        return;
      }
      assert.equal(run.code, 3, `exit 3 (bad input)\n${run.stderr}`);
      assert.match(run.stderr, /requests\.elig\.json:\d+:\d+: .*(not exposed|credential)/, run.stderr);
      assert.equal(evil.length + home.length, 0, 'nothing sent');
      assert.ok(!run.stdout.includes(SENT) && !run.stderr.includes(SENT), 'the value is printed nowhere');
    });
  }

  it('the editor\'s parser (no process env) reports the same error at the placeholder', () => {
    const text = requestFile([poi('x', '{{env:GH_PAT}}, 75001 Paris'), poi('y', '{{env:ELIG_VAR_ZIP}}')]);
    const r = parseRequestFile(text, { allowEnv: [] });
    const errs = r.diagnostics.filter(d => d.severity === 'error');
    assert.equal(errs.length, 1, JSON.stringify(errs));
    assert.equal(errs[0].code, 'forbidden-variable');
    assert.equal(text.slice(errs[0].offset, errs[0].offset + errs[0].length), '{{env:GH_PAT}}');
    assert.equal(parseRequestFile(text, { allowEnv: ['GH_PAT'] }).diagnostics.filter(d => d.severity === 'error').length, 0);
  });

  it('the VS Code setting is user-level only (scope application) and read from the user settings only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['eligibility.allowedEnvironmentVariables'];
    assert.ok(setting, 'the setting is contributed');
    assert.equal(setting.scope, 'application');
    const reader = fs.readFileSync(path.join(ROOT_DIR, 'src/extension/requestFiles/allowedEnv.ts'), 'utf8');
    assert.match(reader, /inspect<[^>]*>\('allowedEnvironmentVariables'\)\?\.globalValue/);
    assert.doesNotMatch(reader, /workspaceValue|workspaceFolderValue|\.get</);
  });
});
