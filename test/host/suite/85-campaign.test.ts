import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CampaignCommandResult } from '../../../src/extension/campaign/execute';
import { admin, api, waitFor, workspaceUri } from '../helpers';

// *Run Campaign from CSV…* in the real extension host against the embedded sandbox. The command's
// answers argument skips the questions it answers (mapping preview, per-row mode, journal choice);
// everything else (plan, profile check, scheduler, journal, reports, progress notification with its
// Cancel, report panel) is the palette's path. The preview itself is driven in e2e journey 26.

interface Counters { requests: number; requestsPerPath: Record<string, number> }
const CITIES = '/1.0/connectivity/eligibility/search/cities';
const count = async (re: RegExp) => Object.entries((await admin<Counters>('counters')).requestsPerPath).filter(([p]) => re.test(p)).reduce((n, [, k]) => n + k, 0);
const run = (file: vscode.Uri, answers: object) => vscode.commands.executeCommand<CampaignCommandResult>('eligibility.runCampaign', file, answers);
/** A CSV report as records (BOM, CRLF, quoted fields: the few our reports use). */
function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c; continue; }
    if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  const [head, ...body] = rows;
  return body.map(r => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
const ORANGE = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret', apiKey: 'sandbox-api-key' };

describe('campaigns: Run Campaign from CSV… against the sandbox', function () {
  this.timeout(120000);
  const prospects = () => workspaceUri('campaign', 'prospects.csv');
  before(async () => { await api(); await vscode.commands.executeCommand('eligibility.useSandbox'); });
  afterEach(async () => { await admin('reset', {}); await vscode.commands.executeCommand('notifications.clearAll'); });

  it('compares every row: CSV, JSON-lines and HTML reports next to the input, rows in input order, the report panel opens', async () => {
    const r = await run(prospects(), { apis: ['ovh', 'orange-b2b', 'orange-rip'], map: { 'Ref client': 'id' }, journal: 'fresh' });
    assert.strictEqual(r?.status, 'done', JSON.stringify(r));
    assert.strictEqual(r.rows, 8);
    assert.strictEqual(r.bad, 1, 'the malformed ND is an unreadable row, the campaign goes on');
    const csv = readCsv(r.reports!.csv!);
    assert.deepStrictEqual(csv.map(x => x.id), ['C-001', 'C-002', 'C-003', 'C-004', 'C-005', 'C-006', 'C-007', 'C-008']);
    assert.deepStrictEqual(csv.map(x => x.note).slice(0, 3), ['siège', 'entrepôt', 'agence Lyon'], 'other columns pass through');
    const first = csv[0];
    assert.strictEqual(first['ovh.best'], 'FTTH');
    assert.ok(first['orange-b2b.eligible'].split(';').includes('ftth'), JSON.stringify(first));
    assert.match(csv[6]['row.problem'], /line 8: Malformed ND/);
    assert.strictEqual(csv[4]['orange-rip.reason'], 'needs-choice', 'an ambiguous address is never guessed');
    const jsonl = fs.readFileSync(r.reports!.jsonl!, 'utf8').trim().split('\n').map(l => JSON.parse(l) as { id: string });
    assert.deepStrictEqual(jsonl.map(x => x.id), csv.map(x => x.id));
    const html = fs.readFileSync(r.reports!.html!, 'utf8');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /Share of rows eligible/);
    const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.input instanceof vscode.TabInputWebview && t.label === 'Campaign: prospects.csv'), 'the report panel');
    assert.ok(tab.isActive);
  });

  it('Cancel in the progress notification pauses with a resumable journal; Resume finishes it, no row sent twice', async () => {
    const dir = workspaceUri('campaign-resume');
    const zips = Array.from({ length: 160 }, (_, i) => String(10000 + i));
    const csvUri = vscode.Uri.joinPath(dir, 'zips.csv'), template = vscode.Uri.joinPath(dir, 'cities.elig.json');
    await vscode.workspace.fs.writeFile(csvUri, Buffer.from(`zip\n${zips.join('\n')}\n`));
    await vscode.workspace.fs.writeFile(template, Buffer.from(JSON.stringify({ requests: [{ name: 'cities', api: 'ovh', operation: 'search/cities', params: { zipCode: '{{zip}}' } }] })));
    // one request per row (no task polls), each answered after 300 ms: 8 in flight take ~6 s for the 160 rows
    await admin('config', { pendingPolls: 0 });
    await admin('faults', { latencyMs: 300 });
    await vscode.commands.executeCommand('notifications.clearAll');
    const answers = { template: template.fsPath, map: {}, journal: 'fresh' };
    const pending = run(csvUri, answers);
    let settled = false;
    void pending.then(() => { settled = true; }, () => { settled = true; });
    await waitFor(async () => (await count(new RegExp(`^${CITIES}$`))) >= 16, 'rows to reach the sandbox');
    const twice = await run(csvUri, { ...answers, journal: 'resume' });
    assert.strictEqual(twice?.status, 'invalid', 'a second run on the same journal is refused while the first runs');
    await vscode.commands.executeCommand('notifications.clearAll'); // its message; the progress notification stays
    // the progress notification's primary action is Cancel (the toast shows after a short delay)
    await waitFor(async () => { if (!settled) await vscode.commands.executeCommand('notification.acceptPrimaryAction'); return settled; }, 'the campaign to pause', 30000);
    const paused = (await pending)!;
    assert.strictEqual(paused.status, 'paused', JSON.stringify(paused));
    const sentBefore = await count(new RegExp(`^${CITIES}$`));
    assert.ok(paused.rows! > 0 && paused.rows! < 160, `paused mid-way: ${paused.rows}`);
    // Cancel lets the rows under way finish: every row that reached the sandbox is in the journal
    assert.strictEqual(paused.rows, sentBefore, 'rows sent = rows journaled');
    assert.ok(fs.existsSync(paused.journal!), 'the journal stays for Resume');
    assert.strictEqual(readCsv(paused.reports!.csv!).length, paused.rows, 'the report has the rows done so far');

    await vscode.commands.executeCommand('notifications.clearAll');
    await admin('faults', {});
    const done = (await run(csvUri, { ...answers, journal: 'resume' }))!;
    assert.strictEqual(done.status, 'done', JSON.stringify(done));
    assert.strictEqual(done.fromJournal, paused.rows);
    assert.strictEqual(done.ran, 160 - paused.rows!);
    assert.strictEqual(await count(new RegExp(`^${CITIES}$`)), 160, '160 rows, 160 requests: none sent twice');
    const rows = readCsv(done.reports!.csv!);
    assert.deepStrictEqual(rows.map(x => x.zip), zips, '0 lost, 0 duplicated, in input order');
    assert.ok(rows.every(x => x.passed === 'true'));
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  describe('profiles per API family: a campaign is refused whole, before anything is sent', () => {
    let id: string;
    before(async () => {
      const url = await (await api()).sandboxUrl();
      id = (await vscode.commands.executeCommand<string>('eligibility.addProfile', { name: 'Orange campaign', apis: { orange: { endpoint: url } } }))!;
      assert.strictEqual(await vscode.commands.executeCommand('eligibility.setCredentials', { profileId: id, credentials: ORANGE }), true);
    });
    after(async () => {
      await vscode.commands.executeCommand('eligibility.useSandbox');
      if (id) await vscode.commands.executeCommand('eligibility.removeProfile', id);
    });

    it('compare with OVHcloud on an Orange-only profile: refused naming the profile and family; no request at all', async () => {
      const before = await admin<Counters>('counters');
      const r = await run(prospects(), { apis: ['ovh', 'orange-rip'], map: { 'Ref client': 'id' }, journal: 'fresh' });
      assert.strictEqual(r?.status, 'refused', JSON.stringify(r));
      assert.deepStrictEqual(r.error?.refusal, { profileId: id, profileName: 'Orange campaign', api: 'ovh', family: 'ovh' });
      assert.strictEqual(r.ran, undefined, 'no row ran');
      const now = await admin<Counters>('counters');
      // the explorer view may re-load its saved RIP query for the new profile: compare OVH and b2b only
      const of = (c: Counters, re: RegExp) => Object.entries(c.requestsPerPath).filter(([p]) => re.test(p)).reduce((n, [, k]) => n + k, 0);
      assert.strictEqual(of(now, /^\/1\.0\//), of(before, /^\/1\.0\//), 'nothing reached OVH');
      assert.strictEqual(of(now, /^\/eligibility\/b2b\//), of(before, /^\/eligibility\/b2b\//));
    });

    it('a template calling OVHcloud is refused the same way; the Orange APIs the profile covers run', async () => {
      const t = workspaceUri('campaign', 'ovh-template.elig.json');
      await vscode.workspace.fs.writeFile(t, Buffer.from(JSON.stringify({ requests: [{ name: 'line', api: 'ovh', operation: 'test/line', params: { lineNumber: '{{nd}}', status: 'active' } }] })));
      try {
        const refused = await run(prospects(), { template: t.fsPath, map: {}, journal: 'fresh' });
        assert.strictEqual(refused?.error?.refusal?.family, 'ovh', JSON.stringify(refused));
      } finally { await vscode.workspace.fs.delete(t); }
      const r = await run(prospects(), { apis: ['orange-b2b', 'orange-rip'], map: { 'Ref client': 'id' }, journal: 'fresh' });
      assert.strictEqual(r?.status, 'done', JSON.stringify(r));
      const csv = readCsv(r.reports!.csv!);
      assert.strictEqual(csv.length, 8);
      assert.ok(!('ovh.best' in csv[0]), 'only the APIs asked have columns');
      assert.ok(csv[0]['orange-b2b.eligible'], JSON.stringify(csv[0]));
    });
  });
});
