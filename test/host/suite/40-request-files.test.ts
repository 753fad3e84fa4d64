import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, positionOf, waitFor, workspaceUri } from '../helpers';

const checks = () => workspaceUri('harness', 'ovh-checks.elig.json');
const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('request files (.elig.json)', () => {
  before(async () => { await api(); });

  it('completion suggests the operations of the request\'s API (JSON schema contributed by the extension)', async () => {
    const doc = await vscode.workspace.openTextDocument(checks());
    await vscode.window.showTextDocument(doc);
    const pos = positionOf(doc, '"test/building"', 1);
    const list = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      return l.items.some(i => /search\/cities/.test(labelOf(i))) ? l : undefined;
    }, 'operation completions (the JSON language server loads the schema)');
    const ops = list.items.map(labelOf).join(' ');
    for (const op of ['test/line', 'test/building', 'search/streets']) assert.match(ops, new RegExp(op.replace('/', '\\/')));
  });

  it('hovers describe the operation and the fields', async () => {
    const doc = await vscode.workspace.openTextDocument(checks());
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '"operation"', 2));
      return h.length ? h : undefined;
    }, 'a hover on "operation"');
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /test\/building/);
    const apiHover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '"api"', 2));
    assert.match(apiHover.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n'), /ovh/);
  });

  it('diagnostics for what JSON Schema cannot say, at the exact ranges', async () => {
    const uri = workspaceUri('harness', 'diagnostics.elig.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(uri).filter(x => x.source === 'eligibility');
      return d.length >= 3 ? d : undefined;
    }, 'three eligibility diagnostics');
    const at = (needle: string) => {
      const start = positionOf(doc, needle);
      const d = diags.find(x => x.range.start.isEqual(start));
      assert.ok(d, `no diagnostic starting at ${needle} (${start.line}:${start.character}); got ${diags.map(x => `${x.range.start.line}:${x.range.start.character}-${x.range.end.character} ${x.message}`).join(' | ')}`);
      assert.ok(d.range.end.isEqual(positionOf(doc, needle, needle.length)), `range of ${needle} ends at ${d.range.end.character}`);
      return d;
    };
    assert.match(at('"01234"').message, /10 digits|line number|ND/i);
    assert.match(at('"IMB/12"').message, /building/i);
    assert.match(at('{{nope}}').message, /Unknown variable/i);
  });

  it('CodeLens: "Run all" on top and "Run" above each request; running one shows its assertion result', async () => {
    const doc = await vscode.workspace.openTextDocument(checks());
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const titles = lenses.map(l => l.command?.title ?? '');
    assert.strictEqual(titles[0], '▶ Run all (3)');
    assert.strictEqual(titles.filter(t => t === '▶ Run').length, 3);
    const first = lenses.find(l => l.command?.title === '▶ Run')!;
    assert.strictEqual(first.range.start.line, positionOf(doc, '"name": "fiber building"').line - 1);
    await vscode.commands.executeCommand(first.command!.command, ...(first.command!.arguments ?? []));
    const after = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l.some(x => /passed/.test(x.command?.title ?? '')) ? l : undefined;
    }, 'the inline result of the first request');
    assert.ok(after.some(x => /^✓ \d+\/\d+ passed$/.test(x.command?.title ?? '')), after.map(x => x.command?.title).join(' | '));
  });

  it('Run all: assertion results pass and fail, inline', async () => {
    const a = await api();
    const run = await vscode.commands.executeCommand<{ summary: { passed: number; failed: number; errors: number } }>('eligibility.runRequestFile', checks());
    assert.deepStrictEqual({ passed: run.summary.passed, failed: run.summary.failed, errors: run.summary.errors }, { passed: 2, failed: 1, errors: 0 });
    const results = a.requestResults(checks())!;
    assert.strictEqual(results.get(0)?.passed, true);
    assert.strictEqual(results.get(1)?.passed, false);
    assert.match(results.get(1)?.firstFailure ?? '', /offer|count|99/i);
    assert.strictEqual(results.get(2)?.passed, true);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', checks());
    assert.ok(lenses.some(l => /^✗ 1 of \d+ failed: .*99/.test(l.command?.title ?? '')), lenses.map(l => l.command?.title).join(' | '));
  });
});
