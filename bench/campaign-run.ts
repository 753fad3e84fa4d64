/** `elig campaign` as a child process for the bench: wall time, epoch marks, peak RSS, optional kill -9. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { CLI } from './lib';

/** Per row: OVH test/line of the row's line, and the Orange RIP qualification of its ND (both families). */
export const TEMPLATE = JSON.stringify({ requests: [
  { name: 'ovh line', api: 'ovh', operation: 'test/line', params: { lineNumber: '{{nd}}', status: '{{status}}' } },
  { name: 'rip nd', api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'nd', category: { name: 'ftth' }, publicKey: { name: 'nd', value: '{{nd}}' } } },
] });

/** The sandbox's documented credentials, and both APIs pointed at it. */
export function cliEnv(url: string): Record<string, string> {
  return { ELIG_OVH_APPLICATION_KEY: 'sandbox-app-key', ELIG_OVH_APPLICATION_SECRET: 'sandbox-app-secret', ELIG_OVH_CONSUMER_KEY: 'sandbox-consumer-key',
    ELIG_ORANGE_CLIENT_ID: 'sandbox-client-id', ELIG_ORANGE_CLIENT_SECRET: 'sandbox-client-secret', ELIG_ORANGE_API_KEY: 'sandbox-api-key',
    ELIG_OVH_ENDPOINT: url, ELIG_ORANGE_BASE_URL: url };
}

export interface CliRun {
  code: number | null;
  ms: number;
  /** epoch ms (the sandbox's counters use the same clock) */
  spawnedAt: number; exitedAt: number;
  /** epoch ms at which the CLI said it had read the journal (NaN if it did not) */
  journalAt: number;
  peakRssMb: number;
  stderr: string;
}

/** Runs the CLI; peak RSS from /proc (VmHWM, sampled every 50 ms); `killAt` kills -9 once the journal has that many rows. */
export function runCampaign(args: string[], env: Record<string, string>, cwd: string, killAt?: { journal: string; rows: number }): Promise<CliRun> {
  const t0 = performance.now(), spawnedAt = Date.now();
  const child = spawn(process.execPath, [CLI, 'campaign', ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '', peak = 0, journalAt = NaN, journalRead = 0, journalLines = -1;
  child.stderr!.on('data', d => { stderr += d; if (Number.isNaN(journalAt) && /journal: \d+ rows/.test(stderr)) journalAt = Date.now(); });
  const timer = setInterval(() => {
    try { const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')); if (m) peak = Math.max(peak, Number(m[1]) / 1024); } catch { /* gone */ }
    if (killAt && fs.existsSync(killAt.journal)) {
      // count the journal's lines incrementally (it grows to megabytes)
      const fd = fs.openSync(killAt.journal, 'r');
      const buf = Buffer.alloc(1 << 20);
      for (let n; (n = fs.readSync(fd, buf, 0, buf.length, journalRead)) > 0; journalRead += n) for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) journalLines++;
      fs.closeSync(fd);
      if (journalLines >= killAt.rows) { child.kill('SIGKILL'); killAt = undefined; }
    }
  }, 50);
  return new Promise(resolve => child.on('exit', code => {
    clearInterval(timer);
    resolve({ code, ms: performance.now() - t0, spawnedAt, exitedAt: Date.now(), journalAt, peakRssMb: peak, stderr });
  }));
}
