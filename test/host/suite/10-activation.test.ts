import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, ext, manifest, waitFor } from '../helpers';

describe('activation and contributions', () => {
  it('declares no eager activation event (no *, onStartupFinished, onLanguage:json)', () => {
    const events = manifest().activationEvents ?? [];
    for (const bad of ['*', 'onStartupFinished', 'onLanguage:json', 'onLanguage']) assert.ok(!events.includes(bad), `activationEvents has ${bad}`);
    assert.ok(events.includes('workspaceContains:**/*.elig.json'), events.join(', '));
  });

  it('activates by itself in a workspace that contains request files', async () => {
    // this pass's folder holds *.elig.json: workspaceContains fires without anyone calling activate()
    await waitFor(() => ext().isActive, 'the extension to activate from workspaceContains');
    const a = await api();
    assert.strictEqual(a.activeProfile().kind, 'sandbox');
    assert.strictEqual(a.activeProfile().name, 'Sandbox');
  });

  it('registers every contributed command, and contributes every eligibility.* command it registers', async () => {
    await api();
    // VS Code itself registers <viewId>.focus/.open/... for every contributed view
    const views = Object.values((manifest().contributes.views ?? {}) as Record<string, { id: string }[]>).flat().map(v => `${v.id}.`);
    const registered = new Set((await vscode.commands.getCommands(true))
      .filter(c => c.startsWith('eligibility.') && !views.some(v => c.startsWith(v))));
    const contributed = new Set(manifest().contributes.commands.map(c => c.command));
    const missing = [...contributed].filter(c => !registered.has(c));
    const undeclared = [...registered].filter(c => !contributed.has(c));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    assert.deepStrictEqual(undeclared, [], `registered but not in package.json: ${undeclared.join(', ')}`);
    assert.ok(contributed.size >= 20, `only ${contributed.size} commands`);
  });

  it('every command named in menus, views welcome and keybindings exists', () => {
    const c = manifest().contributes as Record<string, unknown>;
    const contributed = new Set(manifest().contributes.commands.map(x => x.command));
    const referenced = new Set<string>();
    for (const list of Object.values((c.menus ?? {}) as Record<string, { command?: string }[]>)) for (const m of list) if (m.command) referenced.add(m.command);
    for (const w of (c.viewsWelcome ?? []) as { contents: string }[]) for (const m of w.contents.matchAll(/\(command:([\w.]+)/g)) referenced.add(m[1]);
    for (const k of (c.keybindings ?? []) as { command: string }[]) referenced.add(k.command);
    const dangling = [...referenced].filter(x => x.startsWith('eligibility.') && !contributed.has(x));
    assert.deepStrictEqual(dangling, []);
  });
});
