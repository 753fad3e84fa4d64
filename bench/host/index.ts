/**
 * The extensionTestsPath module of the host benchmarks: runs INSIDE code-server's extension host
 * (started by bench/activation.ts), waits for the driver's go-ahead ($ELIG_BENCH_GO appears, once
 * the workbench is up and quiet), measures, and writes a HostBenchResult to $ELIG_BENCH_OUT.
 *
 * Cold activation through the API, then the tree (5,000 streets, 2,000 numbers); the tree's searches
 * stay in globalState and the sidebar is switched back to the Explorer, then the window reloads
 * itself (saving its state) for the driver's next measurement (the view opened cold, in the page).
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { EligibilityTestApi } from '../../src/extension/api';
import type { HostBenchResult } from './result';
import { benchTree } from './tree';

const EXT_ID = 'eligibility-explorer.eligibility-explorer';

async function until(check: () => boolean, what: string, timeoutMs = 60000, everyMs = 20): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, everyMs)); // a condition in another process: polled
  }
}

/** VS Code's own marks around the require() of an extension's main module (vs/base/common/performance). */
function markCodeLoadMs(): number | undefined {
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks;
  const marks = perf?.getMarks() ?? [];
  const at = (n: string) => marks.find(m => m.name === `code/extHost/${n}/${EXT_ID}`)?.startTime;
  const will = at('willLoadExtensionCode'), did = at('didLoadExtensionCode');
  return will !== undefined && did !== undefined ? did - will : undefined;
}

/**
 * Cold activation. The main module is required first (timed: code loading), and its exports are
 * replaced in the require cache by a wrapper that times the activate() call; VS Code's own
 * require() then gets the cached module, and `extension.activate()` is timed as a whole.
 */
async function benchActivate(ext: vscode.Extension<EligibilityTestApi>, res: HostBenchResult): Promise<EligibilityTestApi> {
  let callMs: number | undefined;
  try {
    const main = require.resolve(`${ext.extensionPath}/${String(ext.packageJSON.main)}`);
    if (require.cache[main]) res.errors.push('the main module was already loaded');
    const t0 = performance.now();
    const mod = require(main) as { activate(ctx: vscode.ExtensionContext): unknown; deactivate?(): unknown };
    res.codeLoadMs = performance.now() - t0;
    const activate = mod.activate, deactivate = mod.deactivate;
    require.cache[main]!.exports = {
      activate(this: unknown, ctx: vscode.ExtensionContext) {
        const t = performance.now();
        try { return activate.call(this, ctx); } finally { callMs = performance.now() - t; }
      },
      deactivate,
    };
  } catch (e) { res.errors.push(`wrapping activate(): ${String(e)}`); }
  const t0 = performance.now();
  const api = await ext.activate();
  res.apiActivateMs = performance.now() - t0;
  res.activateCallMs = callMs;
  if (callMs === undefined) res.errors.push('VS Code did not call the wrapped activate()');
  res.markCodeLoadMs = markCodeLoadMs();
  return api;
}

export async function run(): Promise<void> {
  const go = process.env.ELIG_BENCH_GO, out = process.env.ELIG_BENCH_OUT;
  const ext = vscode.extensions.getExtension<EligibilityTestApi>(EXT_ID);
  const wasActive = !!ext?.isActive;
  if (go) {
    await until(() => fs.existsSync(go), 'the driver');
    fs.rmSync(go); // once: the reloaded window does not measure again
  }
  const res: HostBenchResult = { wasInactive: !wasActive && !ext?.isActive, errors: [] };
  try {
    if (!ext) throw new Error(`${EXT_ID} is not loaded`);
    const api = await benchActivate(ext, res);
    Object.assign(res, await benchTree(api, res.errors));
    await vscode.commands.executeCommand('workbench.view.explorer'); // the next window must not restore our view
  } catch (e) {
    res.errors.push(e instanceof Error ? e.stack ?? e.message : String(e));
  }
  if (out) fs.writeFileSync(out, JSON.stringify(res, null, 2));
  if (go) {
    // for the driver's next window: a proper reload, which saves the tree's searches to storage;
    // this test run never ends (the driver waits for the reload, not for an exit code)
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    await new Promise(() => undefined);
  }
}
