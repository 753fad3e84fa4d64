import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, runCli } from '../cli/helpers';
import { CITIES_TEMPLATE, citiesServer, ovhEnv, readCsv, readJsonl, sandboxProcess, spawnCli, tempDir } from './helpers';

const zips = (n: number, from = 10000) => Array.from({ length: n }, (_, i) => String(from + i));
const journalLines = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).length - 1 : 0);

describe('elig campaign: crash-safe journal, resume, retry-failed, shards, diff, quotas', function () {
  this.timeout(180000);
  before(() => buildCli());

  it('kill -9 mid-run, then --resume: every row once in the report; rows journaled before the kill are not sent again', async () => {
    const srv = await citiesServer({ delayMs: () => 15 });
    try {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 't.elig.json'), CITIES_TEMPLATE);
      const list = zips(300);
      fs.writeFileSync(path.join(dir, 'in.csv'), 'zip\n' + list.join('\n') + '\n');
      const args = ['campaign', 'in.csv', '--request', 't.elig.json', '--concurrency', '4', '--out', 'r.csv', '--quiet'];
      const child = await spawnCli(args, ovhEnv(srv.url), dir);
      const journal = path.join(dir, 'r.csv.journal');
      await new Promise<void>((resolve, reject) => {
        const t = setInterval(() => { if (journalLines(journal) >= 60) { clearInterval(t); resolve(); } }, 20);
        child.once('exit', c => { clearInterval(t); reject(new Error(`finished before the kill (${c})`)); });
      });
      child.kill('SIGKILL');
      await new Promise(r => child.once('exit', r));
      assert.ok(!fs.existsSync(path.join(dir, 'r.csv')), 'no report from the killed run');
      const doneBefore = new Set(fs.readFileSync(journal, 'utf8').split('\n').slice(1).filter(Boolean).map(l => { try { return (JSON.parse(l).input as { zip: string }).zip; } catch { return ''; } }));
      const sentBefore = new Map(srv.count);
      const r = await runCli([...args, '--resume'], { env: ovhEnv(srv.url), cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const rows = readCsv(path.join(dir, 'r.csv'));
      assert.deepEqual(rows.map(x => x.zip), list, '0 lost, 0 duplicated, in order');
      for (const z of doneBefore) if (z) assert.equal(srv.count.get(z), 1, `row ${z} was journaled before the kill and sent again`);
      const resent = list.filter(z => (srv.count.get(z) ?? 0) > 1);
      assert.ok(resent.every(z => sentBefore.has(z) && !doneBefore.has(z)), 'only rows in flight at the kill were sent twice');
      assert.ok(resent.length <= 4, `in flight at the kill: ${resent.length}`);
      assert.ok(list.every(z => srv.count.has(z)));
    } finally { await srv.close(); }
  });

  it('a torn journal tail is dropped (not fatal); --retry-failed re-runs only the rows that failed', async () => {
    let failing = true;
    const srv = await citiesServer({ fail: z => (failing && Number(z) % 5 === 0 ? 500 : undefined) });
    try {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 't.elig.json'), CITIES_TEMPLATE);
      const list = zips(20);
      fs.writeFileSync(path.join(dir, 'in.csv'), 'zip\n' + list.join('\n') + '\n');
      const args = ['campaign', 'in.csv', '--request', 't.elig.json', '--out', 'r.csv', '--jsonl', 'r.jsonl'];
      const first = await runCli(args, { env: ovhEnv(srv.url), cwd: dir });
      assert.equal(first.code, 2, first.stderr);
      const errs = readCsv(path.join(dir, 'r.csv')).filter(x => x['ovh.error']);
      assert.deepEqual(errs.map(x => x.zip), ['10000', '10005', '10010', '10015']);
      assert.match(errs[0]['ovh.error'], /500/);
      // a torn last line, as a crash in the middle of a write leaves it
      const journal = path.join(dir, 'r.csv.journal');
      fs.appendFileSync(journal, '{"i":3,"s":"ok","line":5,"id":"4","inp');
      failing = false;
      const before = new Map(srv.count);
      const again = await runCli([...args, '--retry-failed'], { env: ovhEnv(srv.url), cwd: dir });
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, /torn last line \(\d+ bytes\) was dropped/);
      const sentNow = list.filter(z => srv.count.get(z) !== before.get(z));
      assert.deepEqual(sentNow, ['10000', '10005', '10010', '10015']);
      const rows = readCsv(path.join(dir, 'r.csv'));
      assert.deepEqual(rows.map(x => x.zip), list);
      assert.ok(rows.every(x => !x['ovh.error'] && x.passed === 'true'));
      assert.equal(readJsonl(path.join(dir, 'r.jsonl')).length, 20);
    } finally { await srv.close(); }
  });

  it('--shard 1/3, 2/3, 3/3 then elig merge = the whole campaign; elig diff and --fail-on-change', async () => {
    const srv = await citiesServer();
    try {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 't.elig.json'), CITIES_TEMPLATE);
      const list = zips(25);
      fs.writeFileSync(path.join(dir, 'in.csv'), 'id,zip\n' + list.map((z, i) => `r${i},${z}`).join('\n') + '\n');
      const base = ['campaign', 'in.csv', '--request', 't.elig.json', '--quiet'];
      const whole = await runCli([...base, '--jsonl', 'whole.jsonl', '--out', 'whole.csv'], { env: ovhEnv(srv.url), cwd: dir });
      assert.equal(whole.code, 0, whole.stderr);
      for (const i of [1, 2, 3]) {
        const r = await runCli([...base, '--shard', `${i}/3`, '--jsonl', `s${i}.jsonl`], { env: ovhEnv(srv.url), cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        assert.equal(readJsonl(path.join(dir, `s${i}.jsonl`)).length, [9, 8, 8][i - 1]);
      }
      const m = await runCli(['merge', 's3.jsonl', 's1.jsonl', 's2.jsonl', '--jsonl', 'merged.jsonl', '--out', 'merged.csv'], { cwd: dir });
      assert.equal(m.code, 0, m.stderr);
      const strip = (rows: Record<string, unknown>[]) => rows.map(r => ({ id: r.id, line: r.line, apis: r.apis }));
      assert.deepEqual(strip(readJsonl(path.join(dir, 'merged.jsonl'))), strip(readJsonl(path.join(dir, 'whole.jsonl'))));
      assert.deepEqual(readCsv(path.join(dir, 'merged.csv')), readCsv(path.join(dir, 'whole.csv')));

      const same = await runCli(['diff', 'whole.jsonl', 'merged.jsonl', '--fail-on-change'], { cwd: dir });
      assert.equal(same.code, 0, same.stderr);
      assert.match(same.stdout, /0 rows changed, 25 unchanged/);
      // the same campaign a day later: one row gains FTTH and a faster rate, one row now fails
      const after = readJsonl(path.join(dir, 'whole.jsonl')) as { id: string; apis: { ovh: Record<string, unknown> } }[];
      after[2].apis.ovh = { ...after[2].apis.ovh, technologies: ['FTTH'], best: 'FTTH', maxDownMbps: 1000 };
      after[7].apis.ovh = { ...after[7].apis.ovh, error: '503: Service Unavailable' };
      fs.writeFileSync(path.join(dir, 'after.jsonl'), after.map(r => JSON.stringify(r)).join('\n') + '\n');
      const changed = await runCli(['diff', 'whole.jsonl', 'after.jsonl', '--fail-on-change', '--reporter', 'markdown'], { cwd: dir });
      assert.equal(changed.code, 1, changed.stderr);
      assert.match(changed.stdout, /\*\*2 rows changed, 23 unchanged\*\*/);
      assert.match(changed.stdout, /\| r2 \| 4 \| ovh \| \+FTTH, down – → 1000 Mb\/s \|/);
      assert.match(changed.stdout, /\| r7 \| 9 \| ovh \| error: 503: Service Unavailable \|/);
      const csv = await runCli(['diff', 'whole.jsonl', 'after.jsonl', '--reporter', 'csv'], { cwd: dir });
      assert.equal(csv.code, 0);
      assert.match(csv.stdout, /^id,line,change,api,gained,lost/);
      const bad = await runCli(['diff', 'whole.jsonl', 'in.csv'], { cwd: dir });
      assert.equal(bad.code, 3);
      assert.match(bad.stderr, /not JSON/);
    } finally { await srv.close(); }
  });

  it('--rate ovh=N/s under a sandbox quota: no 429, polls and all (sandbox in its own process; half the quota: a loaded CI box stalls the sandbox and bunches arrivals)', async () => {
    const sb = await sandboxProcess(['--fault', 'quota,api=ovh,rps=25', '--pending-polls', '1']);
    try {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 't.elig.json'), JSON.stringify({ requests: [{ name: 'line', api: 'ovh', operation: 'test/line', params: { lineNumber: '{{nd}}', status: 'active' } }] }));
      const nds = Array.from({ length: 40 }, (_, i) => `04700${String(10000 + i * 4).padStart(5, '0')}`);
      fs.writeFileSync(path.join(dir, 'in.csv'), 'nd\n' + nds.join('\n') + '\n');
      const r = await runCli(['campaign', 'in.csv', '--request', 't.elig.json', '--rate', 'ovh=12/s', '--concurrency', '16', '--out', 'r.csv', '--quiet'],
        { env: { ELIG_OVH_ENDPOINT: sb.url, ELIG_OVH_APPLICATION_KEY: 'sandbox-app-key', ELIG_OVH_APPLICATION_SECRET: 'sandbox-app-secret', ELIG_OVH_CONSUMER_KEY: 'sandbox-consumer-key' }, cwd: dir });
      const counters = await (await fetch(`${sb.url}/_sandbox/counters`)).json() as { quota429s: number; statusCounts: Record<string, number>; requests: number };
      assert.equal(counters.quota429s, 0, JSON.stringify(counters.statusCounts));
      assert.ok(counters.requests >= 80, `polls counted: ${counters.requests}`);
      assert.notEqual(r.code, 3, r.stderr);
      assert.equal(readCsv(path.join(dir, 'r.csv')).length, 40);
    } finally { await sb.close(); }
  });
});
