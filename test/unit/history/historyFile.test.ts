import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { redactor } from '../../../src/core/log';
import { HistoryFile, type ResultEntry } from '../../../src/extension/run/historyFile';
import { execResult } from '../panel/fixtures';

const SECRET = 'sk-history-secret-4242';

function entry(i: number, over: Partial<ResultEntry> = {}): ResultEntry {
  return { id: `e${i}`, profileId: 'sandbox', profileName: 'Sandbox', title: `call ${i}`,
    result: execResult({ startedAt: new Date(Date.UTC(2026, 10, 1, 10, 0, i)).toISOString() }), ...over };
}

describe('result history file (persisted, bounded, never secrets)', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-history-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = () => path.join(dir, 'sub', 'history.json');

  it('survives a restart (a new instance reads what the last one wrote), newest first, bounded by the size', () => {
    let limit = 3;
    const a = new HistoryFile(file(), () => limit);
    for (let i = 0; i < 5; i++) a.add(entry(i));
    a.flush();
    const b = new HistoryFile(file(), () => limit);
    assert.deepStrictEqual(b.list().map(e => e.id), ['e4', 'e3', 'e2']);
    limit = 1;
    assert.deepStrictEqual(new HistoryFile(file(), () => limit).list().map(e => e.id), ['e4']);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(file())), ['history.json'], 'no temporary file left behind');
  });

  it('never stores a secret: headers masked, registered values removed everywhere (raw, URL, assertions, title)', () => {
    redactor.addSecret(SECRET);
    const r = execResult({ raw: { echo: SECRET, nested: [{ token: SECRET }] } });
    r.exchange = { ...r.exchange!, url: `https://api.example/x?key=${SECRET}`,
      requestHeaders: { Authorization: `Bearer ${SECRET}`, 'X-Api-Key': 'plain-api-key-value', 'X-Ovh-Consumer': 'ck-value-1234' } };
    const h = new HistoryFile(file(), () => 10);
    h.add(entry(1, { result: r, title: `title ${SECRET}`, assertions: [{ description: 'x', passed: false, actual: SECRET }] }));
    h.flush();
    const text = fs.readFileSync(file(), 'utf8');
    assert.ok(!text.includes(SECRET), 'the registered secret is not in the file');
    assert.ok(!text.includes('plain-api-key-value') && !text.includes('ck-value-1234'), 'secret headers are masked');
    const stored = JSON.parse(text).entries[0] as ResultEntry;
    assert.match(stored.result.exchange!.requestHeaders.Authorization, /\*\*\*/);
    assert.strictEqual(stored.result.raw && (stored.result.raw as { echo: string }).echo, '***');
  });

  it('merges with entries another window wrote meanwhile; remove and clear are kept', () => {
    const a = new HistoryFile(file(), () => 10);
    const b = new HistoryFile(file(), () => 10);
    a.add(entry(1)); a.flush();
    b.list(); // b read before a wrote e2
    a.add(entry(2)); a.flush();
    b.add(entry(3)); b.flush();
    assert.deepStrictEqual(new HistoryFile(file(), () => 10).list().map(e => e.id), ['e3', 'e2', 'e1']);
    b.remove('e2'); b.flush();
    assert.deepStrictEqual(new HistoryFile(file(), () => 10).list().map(e => e.id), ['e3', 'e1']);
    b.clear(); b.flush();
    assert.deepStrictEqual(new HistoryFile(file(), () => 10).list(), []);
  });

  it('a corrupted file is set aside (kept as .bad) and the history starts again', () => {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    fs.writeFileSync(file(), '{ not json');
    const problems: string[] = [];
    const h = new HistoryFile(file(), () => 10, m => problems.push(m));
    assert.deepStrictEqual(h.list(), []);
    assert.strictEqual(problems.length, 1);
    assert.ok(fs.existsSync(`${file()}.bad`));
    h.add(entry(1)); h.flush();
    assert.strictEqual(new HistoryFile(file(), () => 10).list().length, 1);
  });

  it('a big raw payload is dropped from the stored copy, the rest of the result kept', () => {
    const h = new HistoryFile(file(), () => 10);
    h.add(entry(1, { result: execResult({ raw: { blob: 'x'.repeat(300 * 1024) } }) }));
    h.flush();
    const e = new HistoryFile(file(), () => 10).get('e1')!;
    assert.match(JSON.stringify(e.result.raw), /not kept in history/);
    assert.strictEqual(e.result.normalized?.offers.length, 5);
  });
});
