// The real VS Code the host and e2e tiers run in: code-server (VS Code server + web workbench + Node
// extension host) on 127.0.0.1, a fresh profile per run, every file it writes kept in a run folder.
// Adapted from ../../shared/vscode-host/host.mjs (the tested reference); see test/harness/README.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Short on purpose: the host's unix sockets live under it (108-character limit). */
export const HOST_ROOT = process.env.ELIG_HOST_ROOT || '/tmp/eh';
/** Where results, screenshots and the logs of failed runs are kept (gitignored). */
export const RESULTS = process.env.ELIG_RESULTS_DIR || path.join(REPO, 'test-results');

/** Reads HOST_ROOT/host.env, running install-host.sh first when code-server is missing. */
export function ensureHost() {
  const envFile = path.join(HOST_ROOT, 'host.env');
  const read = () => Object.fromEntries(fs.readFileSync(envFile, 'utf8').split('\n')
    .filter(l => /^[A-Z_]+=/.test(l)).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  let env = fs.existsSync(envFile) ? read() : undefined;
  if (!env || !fs.existsSync(env.CODE_SERVER_ENTRY) || !fs.existsSync(env.CHROMIUM_PATH)) {
    console.log(`[host] code-server not installed under ${HOST_ROOT}: running test/harness/install-host.sh`);
    const r = spawnSync('bash', [path.join(REPO, 'test/harness/install-host.sh')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('install-host.sh failed');
    env = read();
  }
  return env;
}

/** playwright-core's chromium (the repo's devDependency, or the installer's private copy). */
export function playwright(hostEnv) {
  // the repo's own copy first: host.env may have been written by a run from another checkout
  const own = path.join(REPO, 'node_modules', 'playwright-core');
  const dir = fs.existsSync(path.join(own, 'package.json')) ? own : hostEnv.PLAYWRIGHT_CORE;
  const req = createRequire(path.join(dir, 'package.json'));
  return req(dir);
}

/** HOME-ish variables pointing into runDir, so nothing is written to ~/.config, ~/.cache or /tmp */
export function sandboxEnv(runDir) {
  return { XDG_DATA_HOME: path.join(runDir, 'xdg-data'), XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'), TMPDIR: path.join(runDir, 'tmp') };
}

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
    s.on('error', rej);
  });
}

export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.tips.enabled': false,
  'workbench.enableExperiments': false, 'window.commandCenter': false, 'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true,
  'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never',
  'git.enabled': false, 'extensions.ignoreRecommendations': true,
};

/**
 * Starts code-server with a fresh profile under runDir and resolves when it answers /healthz.
 * trust: false keeps Workspace Trust on, so the folder opens in Restricted Mode (nothing is trusted
 * in a fresh profile); the default disables the feature (everything trusted).
 */
export async function startHost({ hostEnv, runDir, env = {}, settings = {}, trust = true, folder, installed = [], port: fixedPort, fresh = true, locale } = {}) {
  if (fresh) fs.rmSync(runDir, { recursive: true, force: true });
  for (const d of ['ud/User', 'ext', 'xdg-data', 'xdg-config', 'xdg-cache', 'tmp']) fs.mkdirSync(path.join(runDir, d), { recursive: true });
  // extra extensions, installed by copying them into the fresh extensions folder (the workbench
  // URL payload takes a single extensionDevelopmentPath)
  for (const dir of installed) {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.cpSync(dir, path.join(runDir, 'ext', `${m.publisher}.${m.name}-${m.version}`), { recursive: true });
  }
  const settingsFile = path.join(runDir, 'ud/User/settings.json');
  const kept = !fresh && fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
  fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...settings, ...kept }, null, 2));
  // a display language other than English needs a language pack: register the test fixture's
  // (test/e2e/fixtures/lang-<locale>/README.md says why) as installing one would
  if (locale) {
    const translations = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'e2e', 'fixtures', `lang-${locale}`, 'main.i18n.json');
    fs.writeFileSync(path.join(runDir, 'ud', 'languagepacks.json'), JSON.stringify({
      [locale]: { hash: `elig-test-${locale}`, label: locale, translations: { vscode: translations },
        extensions: [{ extensionIdentifier: { id: `eligibility-test.lang-${locale}` }, version: '1.0.0' }] },
    }));
  }
  const port = fixedPort ?? await freePort();
  const args = [hostEnv.CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--config', path.join(runDir, 'config.yaml'), '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', ...(trust ? ['--disable-workspace-trust'] : []),
    '--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'ext'),
    ...(locale ? ['--locale', locale] : []), ...(folder ? [folder] : [])];
  const t0 = Date.now();
  const logFd = fs.openSync(path.join(runDir, 'code-server.log'), 'w');
  const child = spawn(hostEnv.CODE_SERVER_NODE || process.execPath, args, {
    detached: true, // own process group: stop() ends the server and everything it forked
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, ...sandboxEnv(runDir), ...env },
  });
  fs.closeSync(logFd);
  const killGroup = sig => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit); // never leave a server behind, even if the driver crashes
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${runDir}/code-server.log`);
    try { if ((await fetch(`${url}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (Date.now() - t0 > 60000) { killGroup('SIGKILL'); throw new Error('code-server did not start within 60s'); }
    await new Promise(r => setTimeout(r, 100)); // polling a server that is starting: no event to wait on
  }
  return {
    url, port, pid: child.pid, runDir, startMs: Date.now() - t0,
    /** workbench URL; payload entries such as ['extensionDevelopmentPath', uri] */
    workbenchUrl(folderPath, payload) {
      const q = new URLSearchParams();
      if (folderPath) q.set('folder', folderPath);
      if (payload) q.set('payload', JSON.stringify(payload));
      return `${url}/?${q}`;
    },
    /** vscode-remote URI for a server-side path (payload entries need it) */
    remoteUri: p => `vscode-remote://127.0.0.1:${port}${p}`,
    async stop() {
      process.removeListener('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = new Promise(r => child.once('exit', r));
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 5000);
      await done; clearTimeout(t);
      killGroup('SIGKILL'); // stragglers of the group (extension host, pty host)
    },
  };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Debian's chromium through playwright-core with a fresh profile inside runDir. */
export async function launchBrowser(hostEnv, runDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = playwright(hostEnv);
  const profile = path.join(runDir, 'chromium-profile'), home = path.join(runDir, 'chromium-home');
  for (const d of [profile, home, ...Object.values(sandboxEnv(runDir))]) fs.mkdirSync(d, { recursive: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: hostEnv.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true, args: CHROMIUM_ARGS, viewport,
    env: { ...process.env, HOME: home, ...sandboxEnv(runDir) }, // no ~/.config/chromium, ~/.pki
  });
}

/** Copies the host's logs (code-server, extension host, output channels) to dest, for a failed run. */
export function saveHostLogs(runDir, dest) {
  fs.mkdirSync(dest, { recursive: true });
  const cs = path.join(runDir, 'code-server.log');
  if (fs.existsSync(cs)) fs.copyFileSync(cs, path.join(dest, 'code-server.log'));
  const logs = path.join(runDir, 'ud/logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dest, 'vscode-logs'), { recursive: true });
  return dest;
}

/** Every file under dir whose name matches re (used to find the extension's log channel). */
export function findFiles(dir, re, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, out); else if (re.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * A throwaway workspace, so tests never modify the repository: examples/ copied to its root,
 * test/fixtures/requests/ to requests/, and the harness's own request files (test/host/fixtures)
 * to harness/. withExamples: false gives an empty folder. Returns dir.
 */
export function makeWorkspace(dir, { withExamples = true } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (!withExamples) return dir;
  for (const [from, to] of [['examples', '.'], ['test/fixtures/requests', 'requests'], ['test/host/fixtures', 'harness']]) {
    const src = path.join(REPO, from);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dir, to), { recursive: true });
  }
  return dir;
}
