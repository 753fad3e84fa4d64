import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Entry, Har } from 'har-format';
import { SANDBOX_CREDENTIALS } from '../../../src/core/target';
import { runCli, tempFiles } from './helpers';

/** HAR 1.2 fields DevTools and HAR viewers read, checked by type (the spec's required fields). */
function assertHarEntry(e: Entry, where: string): void {
  assert.equal(typeof e.startedDateTime, 'string', where);
  assert.ok(!isNaN(Date.parse(e.startedDateTime)), `${where}: ISO date`);
  assert.ok(typeof e.time === 'number' && e.time >= 0, `${where}: time`);
  const q = e.request, r = e.response;
  assert.ok(['GET', 'POST', 'PUT', 'DELETE'].includes(q.method), where);
  assert.ok(/^https?:\/\//.test(q.url), where);
  for (const k of ['httpVersion'] as const) assert.equal(typeof q[k], 'string', where);
  for (const list of [q.cookies, q.headers, q.queryString, r.cookies, r.headers]) {
    assert.ok(Array.isArray(list), where);
    for (const h of list) assert.ok(typeof h.name === 'string' && typeof h.value === 'string', where);
  }
  assert.equal(typeof q.headersSize, 'number');
  assert.equal(typeof q.bodySize, 'number');
  if (q.postData) assert.ok(typeof q.postData.mimeType === 'string' && typeof q.postData.text === 'string', where);
  assert.ok(Number.isInteger(r.status) && typeof r.statusText === 'string' && typeof r.httpVersion === 'string', where);
  assert.ok(typeof r.content.size === 'number' && typeof r.content.mimeType === 'string', where);
  assert.equal(typeof r.redirectURL, 'string');
  assert.ok(e.cache && typeof e.cache === 'object');
  for (const k of ['send', 'wait', 'receive'] as const) assert.ok(typeof e.timings[k] === 'number' && e.timings[k] >= 0, `${where}: timings.${k}`);
}

describe('elig run --har: every HTTP exchange of the run', function () {
  this.timeout(60000);

  it('token requests, OVH polls, X-OVH-QUERYID and timings in a valid HAR 1.2, secrets redacted', async () => {
    const dir = tempFiles({});
    const har = path.join(dir, 'run.har');
    const r = await runCli(['run', 'examples/orange', 'examples/ovh/tests.elig.json', '--sandbox', '--har', har, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    const text = fs.readFileSync(har, 'utf8');
    const doc = JSON.parse(text) as Har;
    assert.equal(doc.log.version, '1.2');
    assert.equal(doc.log.creator.name, 'Eligibility Explorer');
    assert.ok(doc.log.pages && doc.log.pages.length > 5);
    const pageIds = new Set(doc.log.pages.map(p => p.id));
    doc.log.entries.forEach((e, i) => { assertHarEntry(e, `entry ${i}`); assert.ok(pageIds.has(e.pageref!), 'every entry belongs to a page'); });

    const token = doc.log.entries.filter(e => e.request.url.endsWith('/oauth/v3/token'));
    assert.ok(token.length >= 1, 'the Orange token request is recorded');
    assert.match(token[0].request.headers.find(h => h.name.toLowerCase() === 'authorization')!.value, /^Basic \*\*\*$/);
    assert.match(token[0].response.content.text ?? '', /"access_token":\s*"\*\*\*"/);
    const byUrl = new Map<string, number>();
    for (const e of doc.log.entries) if (e.request.url.includes('/connectivity/eligibility/test')) byUrl.set(e.request.url, (byUrl.get(e.request.url) ?? 0) + 1);
    assert.ok([...byUrl.values()].some(n => n > 1), 'OVH task polls (re-posts) are recorded');
    const qid = doc.log.entries.flatMap(e => e.response.headers).find(h => h.name === 'x-ovh-queryid');
    assert.ok(qid && /^EU\.ext-1\./.test(qid.value), 'X-OVH-QUERYID kept');
    const poi = doc.log.entries.find(e => e.request.url.includes('/poi'))!;
    assert.equal(poi.request.headers.find(h => h.name.toLowerCase() === 'x-api-key')?.value, '***');
    assert.ok(poi.request.queryString.length > 0);

    const c = SANDBOX_CREDENTIALS;
    const basic = Buffer.from(`${c.orange.clientId}:${c.orange.clientSecret}`).toString('base64');
    for (const s of [c.orange.clientSecret, c.orange.apiKey, c.ovh.applicationSecret, c.ovh.consumerKey, basic]) assert.ok(!text.includes(s), `leaked ${s}`);
    assert.doesNotMatch(text, /Bearer (?!\*\*\*)/);
  });

  it('--har onto a request file is refused before anything runs (exit 3)', async () => {
    const dir = tempFiles({ 'a.elig.json': JSON.stringify({ requests: [{ name: 'c', api: 'ovh', operation: 'search/cities', params: { zipCode: '91400' } }] }) });
    const before = fs.readFileSync(path.join(dir, 'a.elig.json'), 'utf8');
    const r = await runCli(['run', 'a.elig.json', '--sandbox', '--har', 'a.elig.json'], { cwd: dir });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /--har a\.elig\.json is one of the request files/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.elig.json'), 'utf8'), before);
  });
});
