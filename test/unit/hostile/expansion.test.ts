import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { bounded, cities, fakeApis, poi, requestFile, runCli, tempFiles } from './helpers';

/**
 * Class 5: variable expansion is bounded in size and work, `skip: true` included, for the CLI
 * and the editor alike (both call parseRequestFile): a clear error naming the variable, and well
 * under a second for any file ≤ 1 MB (asserted only as "does not hang": < 10 s).
 */

/** v1 repeats v2 `times` times, …, the last one is a short text: the repro shape. */
function chain(levels: number, times: number, leaf = 'abcdefgh'): Record<string, string> {
  const vars: Record<string, string> = {};
  for (let i = 1; i < levels; i++) vars[`v${i}`] = `{{v${i + 1}}}`.repeat(times);
  vars[`v${levels}`] = leaf;
  return vars;
}

function errorsOf(text: string, opts = {}) {
  const r = parseRequestFile(text, opts);
  return { r, errors: r.diagnostics.filter(d => d.severity === 'error') };
}

const CASES: { title: string; text: () => string; names: RegExp }[] = [
  { title: 'five variables each repeating the next 40 times (the 1.4 KB repro)', text: () => requestFile([poi('x', '{{v1}}')], chain(5, 40)), names: /\{\{v\d\}\}/ },
  { title: 'the same with 60 repeats', text: () => requestFile([poi('x', '{{v1}}')], chain(5, 60)), names: /\{\{v\d\}\}/ },
  { title: 'the same on a request with skip: true', text: () => requestFile([{ ...poi('x', '{{v1}}'), skip: true }], chain(5, 60)), names: /\{\{v\d\}\}/ },
  { title: 'twelve levels of ten repeats (deeper than the chain limit)', text: () => requestFile([poi('x', '{{v1}}')], chain(12, 10)), names: /\{\{v\d+\}\}/ },
  { title: 'a chain of 5,000 variables, each the next one', text: () => requestFile([poi('x', '{{v1}}')], chain(5000, 1)), names: /\{\{v\d+\}\}/ },
  { title: 'a 60 KB variable spliced twice into one value', text: () => requestFile([poi('x', '{{big}}{{big}}')], { big: 'x'.repeat(60_000) }), names: /\{\{big\}\}/ },
  { title: 'a 40 KB variable used by 200 requests (over the per-file total)', text: () => requestFile(Array.from({ length: 200 }, (_, i) => poi(`r${i}`, '{{big}}, 75001 Paris')), { big: 'x'.repeat(40_000) }), names: /\{\{big\}\}/ },
  { title: 'a 40 KB variable as the whole value of 200 requests (typed placeholders count too)', text: () => requestFile(Array.from({ length: 200 }, (_, i) => poi(`r${i}`, '{{big}}')), { big: 'y'.repeat(40_000) }), names: /\{\{big\}\}/ },
  { title: 'a cycle of three variables', text: () => requestFile([poi('x', '{{a}}')], { a: 'A{{b}}', b: 'B{{c}}', c: 'C{{a}}' }), names: /\{\{[abc]\}\}/ },
];

describe('hostile input (class 5): variable expansion is bounded', function () {
  this.timeout(120_000);

  for (const c of CASES) {
    it(`${c.title}: an error naming the variable, quickly`, async () => {
      const text = c.text();
      assert.ok(text.length <= 1024 * 1024, `${text.length} bytes`);
      const { errors } = await bounded(c.title, () => errorsOf(text));
      // one expansion error (later placeholders are only left unresolved), naming the variable
      const expansion = errors.filter(e => e.code === 'unknown-variable');
      assert.equal(expansion.length, 1, JSON.stringify(expansion.map(e => e.message.slice(0, 200))));
      assert.match(expansion[0].message, c.names);
      assert.match(expansion[0].message, /capped|deep|cycle|itself/);
    });
  }

  it('1 MB of placeholders (190,000) of one small variable: resolved, and quick', async () => {
    const text = requestFile(Array.from({ length: 16 }, (_, i) => poi(`r${i}`, '{{z}}'.repeat(12_000))), { z: 'ab' });
    assert.ok(text.length <= 1024 * 1024, `${text.length}`);
    const { errors } = await bounded('1 MB of placeholders', () => errorsOf(text));
    assert.deepEqual(errors.filter(e => /variable/.test(e.code ?? '')).map(e => e.message), []);
  });

  it('1 MB of distinct unknown variables among 20,000 defined ones: one error each, quickly', async () => {
    const vars = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`var${i}`, 'x']));
    const params = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`p${i}`, `{{nope${i}x}}`]));
    const text = requestFile([{ name: 'x', api: 'orange-b2b', operation: 'poi', params }], vars);
    assert.ok(text.length <= 1024 * 1024, `${text.length}`);
    const { errors } = await bounded('unknown variables', () => errorsOf(text));
    assert.ok(errors.length >= 12_000);
  });

  it('a 500 KB variable name: an error, quickly, with the name shortened', async () => {
    const text = requestFile([poi('x', `{{${'n'.repeat(500_000)}}}`)], { n: 'x' });
    const { errors } = await bounded('long name', () => errorsOf(text));
    assert.equal(errors.length, 1);
    assert.ok(errors[0].message.length < 400, `${errors[0].message.length} chars`);
  });

  it('the CLI: an environments file of repeating variables, on skipped requests: exit 3 naming the variable, nothing sent', async () => {
    const server = await fakeApis();
    try {
      const env: Record<string, string> = chain(5, 60);
      const dir = tempFiles({
        'requests.elig.json': requestFile([{ ...cities('skipped', '{{v1}}'), skip: true }, { ...poi('also skipped', '{{v2}}'), skip: 'later' }]),
        'elig.env.json': JSON.stringify({ ci: env }),
      });
      const r = await bounded('elig run', () => runCli(['run', 'requests.elig.json', '--env', 'ci'], { cwd: dir, env: { ELIG_OVH_ENDPOINT: `${server.url}/1.0`, ELIG_ORANGE_BASE_URL: server.url } }));
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /requests\.elig\.json:\d+:\d+: \{\{v\d\}\}.*capped/);
      assert.equal(server.seen.length, 0);
    } finally { await server.close(); }
  });

  it('fuzz: random graphs of variables never throw, never hang, never expand past the cap', () => {
    const graph = fc.array(fc.array(fc.tuple(fc.nat({ max: 7 }), fc.integer({ min: 1, max: 60 })), { maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(graph, fc.string({ maxLength: 12 }), (g, leaf) => {
      const vars: Record<string, string> = {};
      g.forEach((uses, i) => { vars[`v${i}`] = uses.length ? uses.map(([j, times]) => `{{v${j % g.length}}}`.repeat(times)).join(leaf) : leaf; });
      const t0 = performance.now();
      const r = parseRequestFile(requestFile([poi('x', '{{v0}}')], vars));
      assert.ok(performance.now() - t0 < 10_000);
      const v = r.requests[0].request?.params.fullTextAddress;
      if (typeof v === 'string') assert.ok(v.length <= 64 * 1024);
      assert.equal(r.ok, !r.diagnostics.some(d => d.severity === 'error'));
    }), { numRuns: 60 });
  });
});
