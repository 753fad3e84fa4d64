// Editor help for .elig.json in the real extension host, with VS Code's own JSON language server:
// it works in the copied examples (no `$schema`), completion offers the operations of the request's
// api only, each problem shows ONE diagnostic (ours; the contributed schema reports none), one hover.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ALL_OPERATIONS } from '../../../src/core/apis';
import { positionOf, waitFor, workspaceUri } from '../helpers';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1');
const ALL_NAMES = new Set(ALL_OPERATIONS.map(o => o.name));
const namesOf = (api: string) => ALL_OPERATIONS.filter(o => o.api === api).map(o => o.name).sort();

/** The operation names offered at `pos` (waits for the JSON language server to have the schema). */
async function operationsOffered(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
  const list = await waitFor(async () => {
    const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    return l.items.some(i => ALL_NAMES.has(unquote(labelOf(i)))) ? l : undefined;
  }, `operation completions in ${doc.uri.path} (the JSON language server loads the schema)`);
  return [...new Set(list.items.map(i => unquote(labelOf(i))).filter(n => ALL_NAMES.has(n)))].sort();
}

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<{ hovers: vscode.Hover[]; text: string }> {
  const hovers = await waitFor(async () => {
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    return h.length ? h : undefined;
  }, `a hover at ${pos.line}:${pos.character}`);
  const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n\n');
  return { hovers, text };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** Paragraphs (of some length) that a hover shows more than once. */
function repeated(text: string): string[] {
  const seen = new Map<string, number>();
  for (const p of text.split(/\n\s*\n/).map(x => x.trim()).filter(x => x.length > 15)) seen.set(p, (seen.get(p) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([p]) => p);
}

const show = (ds: readonly vscode.Diagnostic[]) => ds.map(d => `${d.source ?? '?'} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message.slice(0, 80)}`).join(' | ');

describe('request files: editor help (VS Code JSON language server + our diagnostics)', () => {
  it('works in the examples of a copied folder: no $schema needed, the contributed schema completes and hovers', async () => {
    const uri = workspaceUri('ovh', 'tests.elig.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.ok(!/"\$schema"/.test(doc.getText()), 'the examples carry no $schema (a relative one breaks once copied)');
    assert.ok(!uri.fsPath.includes('/examples/'), `the workspace is a copy of examples/, not the checkout (${uri.fsPath})`);
    const first = /"operation":\s*"([^"]+)"/.exec(doc.getText())!;
    const offered = await operationsOffered(doc, positionOf(doc, `"${first[1]}"`, 1));
    assert.deepStrictEqual(offered, namesOf('ovh'));
    const { text } = await hoverText(doc, positionOf(doc, `"${first[1]}"`, 2));
    const op = ALL_OPERATIONS.find(o => o.api === 'ovh' && o.name === first[1])!;
    assert.ok(text.includes(op.summary), `hover names the operation: ${text.slice(0, 200)}`);
  });

  it('the environments file of the examples completes and hovers too (its schema is contributed)', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('elig.env.json'));
    const { text } = await hoverText(doc, positionOf(doc, '"$shared"', 2));
    assert.strictEqual(count(text, 'Never credentials'), 1, text);
    const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, '"$shared": {', '"$shared": {'.length));
    assert.ok(items.items.some(i => labelOf(i) === 'ovhEndpoint'), items.items.map(labelOf).join(', '));
  });

  it('operation completion offers only the operations of the request\'s api, for each api', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('harness', 'apis.elig.json'));
    await vscode.window.showTextDocument(doc);
    for (const [api, value] of [['ovh', 'search/cities'], ['orange-b2b', 'poi'], ['orange-rip', 'productRIPQualification']]) {
      const offered = await operationsOffered(doc, positionOf(doc, `"operation": "${value}"`, '"operation": "'.length));
      assert.deepStrictEqual(offered, namesOf(api), `operations offered for api ${api}`);
    }
    // no api yet: every operation
    assert.deepStrictEqual(await operationsOffered(doc, positionOf(doc, '"operation": "test/line"', '"operation": "'.length)), [...ALL_NAMES].sort());
    // keys too, through the operation's params schema: search/cities, then RIP
    const keys = async (needle: string) => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, needle, 1)))
      .items.filter(i => i.kind === vscode.CompletionItemKind.Property).map(labelOf);
    // (the keys already in the object are not offered again, but the one being edited is)
    assert.ok((await keys('"zipCode"')).includes('zipCode'));
    const rip = await keys('"contextType"');
    assert.ok(rip.includes('contextType') && rip.length > 1 && !rip.includes('place'), rip.join(', '));
    const request = await keys('"name": "ovh one"');
    for (const k of ['name', 'expect', 'timeoutMs', 'tags', 'poll']) assert.ok(request.includes(k), `${k} in ${request.join(', ')}`);
    assert.ok(!request.includes('params'), request.join(', '));
  });

  it('hover text is not repeated: the operation and a parameter, once each', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('harness', 'ovh-checks.elig.json'));
    const op = ALL_OPERATIONS.find(o => o.api === 'ovh' && o.name === 'test/building')!;
    for (const pos of [positionOf(doc, '"test/building"', 3), positionOf(doc, '"operation"', 2)]) {
      const { hovers, text } = await hoverText(doc, pos);
      assert.strictEqual(count(text, op.summary), 1, `the summary once: ${JSON.stringify(text.slice(0, 400))}`);
      assert.deepStrictEqual(repeated(text), [], 'no paragraph twice');
      assert.strictEqual(hovers.length, 1, 'one hover');
    }
    // a value from a variable: the field's description, not a generic one
    const apis = await vscode.workspace.openTextDocument(workspaceUri('harness', 'apis.elig.json'));
    assert.match((await hoverText(apis, positionOf(apis, '"{{status}}"', 3))).text, /Status of the line/);
    const { hovers, text } = await hoverText(doc, positionOf(doc, '"building"', 2));
    assert.ok(text.length > 10, 'the parameter has a description');
    assert.deepStrictEqual(repeated(text), [], `no paragraph twice: ${JSON.stringify(text)}`);
    assert.strictEqual(hovers.length, 1, 'one hover');
  });

  it('one diagnostic per problem, at its range, once the JSON language server has settled', async () => {
    const uri = workspaceUri('harness', 'problems.elig.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    // the schema is loaded for this document when its completions come
    await operationsOffered(doc, positionOf(doc, '"search/cities"', 1));
    // the JSON server validates THIS document: a syntax error it reports (we leave syntax to it) ...
    const end = doc.positionAt(doc.getText().lastIndexOf('}'));
    await editor.edit(e => e.insert(end, ' @'));
    const broken = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(uri).filter(x => x.range.start.line === end.line && x.range.start.character >= end.character);
      return d.length ? d : undefined;
    }, 'the JSON language server\'s syntax error');
    // the JSON server's own words for it (it may say two things about one character); none of ours
    assert.ok(broken.every(d => d.source !== 'eligibility'), show(broken));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter(d => d.source === 'eligibility'), [], 'a syntax error is left to the JSON server');
    // ... and gone once the text is back: its diagnostics are now those of the clean text
    await editor.edit(e => e.delete(new vscode.Range(end, end.translate(0, 2))));
    await waitFor(() => (vscode.languages.getDiagnostics(uri).some(x => x.range.start.line === end.line && x.range.start.character >= end.character) ? undefined : true),
      'the syntax error to clear');
    // [text to find, message, where the range starts in it, its length]
    const expected: [string, RegExp, number?, number?][] = [
      ['"test/lien"', /Unknown operation "test\/lien".*did you mean "test\/line"/],
      ['91400 }', /expected string, received number/, 0, 5],
      ['"params": { "lineNumber": "0123456789" }', /missing required property "status"/, 0, '"params"'.length],
      ['"0223"', /Malformed ND/],
      ['"colour"', /unknown property "colour"/],
      ['"soon"', /timeoutMs.*expected number/],
      ['"operation": ""', /Unknown operation "" for api "orange-b2b"/, '"operation": '.length, 2],
    ];
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length >= expected.length ? d : undefined;
    }, 'the diagnostics of the seeded problems');
    for (const [needle, message, delta = 0, len = needle.length] of expected) {
      // the range: the value, the unknown key, or (missing property) the object's key
      const start = positionOf(doc, needle, delta);
      const range = new vscode.Range(start, start.translate(0, len));
      const here = diags.filter(d => { const i = d.range.intersection(range); return i && !i.isEmpty; });
      assert.strictEqual(here.length, 1, `exactly one diagnostic for ${needle}: ${show(here)}`);
      assert.ok(here[0].range.isEqual(range), `range of ${needle}: ${show(here)}`);
      assert.match(here[0].message, message);
    }
    assert.strictEqual(diags.length, expected.length, `one diagnostic per seeded problem, nothing else: ${show(diags)}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a "$schema" that would replace the contributed schema: an Information, and a Quick Fix that removes it', async () => {
    const uri = workspaceUri('harness', 'with-schema.elig.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const prop = '"$schema": "../schemas/elig.schema.json"';
    const start = positionOf(doc, prop);
    const info = await waitFor(() => vscode.languages.getDiagnostics(uri).find(d => d.source === 'eligibility' && d.code === 'schema-override'), 'the $schema information');
    assert.strictEqual(info.severity, vscode.DiagnosticSeverity.Information);
    assert.ok(info.range.isEqual(new vscode.Range(start, start.translate(0, prop.length))), show([info]));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, info.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => /Remove "\$schema"/.test(a.title));
    assert.ok(fix?.edit, actions.map(a => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('$schema'), doc.getText());
    assert.doesNotThrow(() => JSON.parse(doc.getText()), 'still JSON');
    await waitFor(() => (vscode.languages.getDiagnostics(uri).some(d => d.code === 'schema-override') ? undefined : true), 'the information to go');
    // the contributed schema applies again: completion of the api's operations
    assert.deepStrictEqual(await operationsOffered(doc, positionOf(doc, '"search/cities"', 1)), namesOf('ovh'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
