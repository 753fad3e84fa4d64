import { strict as assert } from 'node:assert';
import {
  DEFAULT_UI, NEXT_STEPS, fmt, isResultView, isWebviewState, parseHostToWebview, parseWebviewToHost, postToHost, postToWebview,
  type HostToWebview, type WebviewToHost,
} from '../../../src/shared/protocol';
import { labels, view } from './fixtures';

/** One of every message, both ways: the Record keys make the compiler check we listed every type. */
const TO_HOST: Record<WebviewToHost['type'], WebviewToHost> = {
  ready: { type: 'ready' },
  rerun: { type: 'rerun' },
  pickBuilding: { type: 'pickBuilding', code: 'IMB/85020/X/000I' },
  copyCurl: { type: 'copyCurl' },
  copyJson: { type: 'copyJson' },
  saveRequestFile: { type: 'saveRequestFile' },
  exportSupport: { type: 'exportSupport' },
  nextStep: { type: 'nextStep', step: 'set-credentials' },
  persistState: { type: 'persistState', ui: { sort: { key: 'download', dir: 'asc' }, filter: 'ftth', eligibleOnly: true, page: 2 } },
};
const TO_WEBVIEW: Record<HostToWebview['type'], HostToWebview> = {
  show: { type: 'show', view: view(), ui: DEFAULT_UI, labels: labels() },
  busy: { type: 'busy', busy: true, message: 'Running…' },
  notice: { type: 'notice', level: 'info', message: 'Copied' },
};

/** postMessage clones with the structured clone algorithm; JSON is the stricter of the two. */
const wire = <T>(m: T): unknown => structuredClone(JSON.parse(JSON.stringify(m)));

describe('panel protocol', () => {
  it('round-trips every webview → host message through the wire and the validator', () => {
    for (const m of Object.values(TO_HOST)) assert.deepEqual(parseWebviewToHost(wire(m)), m);
  });

  it('round-trips every host → webview message', () => {
    for (const m of Object.values(TO_WEBVIEW)) assert.deepEqual(parseHostToWebview(wire(m)), m);
  });

  it('ignores unknown and malformed messages', () => {
    const bad: unknown[] = [null, 42, 'ready', [], {}, { type: 'nope' }, { type: 'pickBuilding' }, { type: 'pickBuilding', code: '' },
      { type: 'pickBuilding', code: 7 }, { type: 'nextStep', step: 'rm -rf' }, { type: 'persistState', ui: { sort: { key: 'x', dir: 'asc' } } },
      { type: 'persistState', ui: { ...DEFAULT_UI, page: -1 } }, { type: 'toString' }, { type: '__proto__' }];
    for (const b of bad) assert.equal(parseWebviewToHost(b), undefined, JSON.stringify(b));
    for (const b of [{ type: 'show', view: {} }, { type: 'show', view: view() }, { type: 'show', view: view(), labels: { ...labels(), rerun: 1 } }, { type: 'busy' }, { type: 'notice', level: 'warn', message: 'x' }, { type: 'ready' }]) {
      assert.equal(parseHostToWebview(b), undefined, JSON.stringify(b));
    }
  });

  it('drops extra fields from messages it accepts', () => {
    assert.deepEqual(parseWebviewToHost({ type: 'rerun', call: { api: 'ovh' } }), { type: 'rerun' });
  });

  it('accepts every core next step', () => {
    for (const step of NEXT_STEPS) assert.deepEqual(parseWebviewToHost({ type: 'nextStep', step }), { type: 'nextStep', step });
  });

  it('checks the saved webview state the serializer restores', () => {
    assert.ok(isWebviewState(wire({ v: 1, view: view(), ui: DEFAULT_UI })));
    assert.ok(!isWebviewState({ v: 1, view: view() }));
    assert.ok(!isWebviewState({ v: 2, view: view(), ui: DEFAULT_UI }));
    assert.ok(isWebviewState(wire({ v: 1, view: view(), ui: DEFAULT_UI, labels: labels() })));
    assert.ok(!isWebviewState({ v: 1, view: view(), ui: DEFAULT_UI, labels: { rerun: 'Relancer' } }), 'an incomplete labels table');
    assert.ok(!isResultView({ ...view(), result: { ok: true } }));
  });

  it('fmt fills {0} {1} like vscode.l10n.t and leaves unknown placeholders', () => {
    assert.equal(fmt('{0} éligibles sur {1} offres', 3, 12), '3 éligibles sur 12 offres');
    assert.equal(fmt('{1} puis {0} {2}', 'a', 'b'), 'b puis a {2}');
  });

  it('posts through the typed helpers', () => {
    const sent: unknown[] = [];
    const target = { postMessage: (m: unknown) => { sent.push(m); return true; } };
    postToHost(target, { type: 'ready' });
    postToWebview(target, { type: 'busy', busy: false });
    assert.deepEqual(sent, [{ type: 'ready' }, { type: 'busy', busy: false }]);
  });
});
