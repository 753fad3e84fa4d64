import { RUN_USAGE } from './args';
import { campaignCommand } from './campaign';
import { CAMPAIGN_USAGE, DIFF_USAGE, MERGE_USAGE } from './campaignArgs';
import { diffCommand } from './diff';
import { mergeCommand } from './merge';
import { compareCommand } from './compare';
import { CliIO, EXIT, runCommand } from './run';
import { sandboxCommand } from './sandbox';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

export const USAGE = `elig ${VERSION} — eligibility requests for OVHcloud Connectivity, Orange Business Eligibility and Orange RIP

Usage:
  elig run <files|dirs|globs...> [options]   replay request files (*.elig.json) — elig run --help
  elig campaign <input.csv|.jsonl> [options] one report row per input row, resumable — elig campaign --help
  elig merge <shard reports...> [options]    join shard reports into one — elig merge --help
  elig diff <before.jsonl> <after.jsonl>     rows whose eligibility changed — elig diff --help
  elig compare <place> [options]             one place, every provider: the eligibility matrix — elig compare --help
  elig sandbox [options]                     run the local simulator of the three APIs — elig sandbox --help
  elig --version | --help

Credentials (CI) come from the environment only:
  ELIG_OVH_ENDPOINT (ovh-eu | ovh-ca | ovh-us | URL), ELIG_OVH_APPLICATION_KEY, ELIG_OVH_APPLICATION_SECRET,
  ELIG_OVH_CONSUMER_KEY, ELIG_ORANGE_BASE_URL (default https://api.orange.com), ELIG_ORANGE_CLIENT_ID,
  ELIG_ORANGE_CLIENT_SECRET, ELIG_ORANGE_API_KEY (optional: Orange b2b /poi only)`;

/** The CLI, callable in-process (tests) or from dist/cli.js. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined: case '-h': case '--help': case 'help':
      io.stdout(USAGE + '\n'); return cmd === undefined ? EXIT.input : EXIT.ok;
    case '-v': case '--version': case 'version':
      io.stdout(VERSION + '\n'); return EXIT.ok;
    case 'run':
      if (rest.includes('--help') || rest.includes('-h')) { io.stdout(RUN_USAGE + '\n'); return EXIT.ok; }
      return runCommand(rest, io);
    case 'compare':
      return compareCommand(rest, io);
    case 'sandbox':
      return sandboxCommand(rest, io);
    case 'campaign': case 'merge': case 'diff': {
      if (rest.includes('--help') || rest.includes('-h')) { io.stdout({ campaign: CAMPAIGN_USAGE, merge: MERGE_USAGE, diff: DIFF_USAGE }[cmd] + '\n'); return EXIT.ok; }
      return (cmd === 'campaign' ? campaignCommand : cmd === 'merge' ? mergeCommand : diffCommand)(rest, io);
    }
    default:
      io.stderr(`elig: unknown command ${JSON.stringify(cmd)}\n\n${USAGE}\n`);
      return EXIT.input;
  }
}

if (require.main === module) {
  const ctl = new AbortController();
  let interrupts = 0;
  const onSignal = () => { if (++interrupts > 1) process.exit(EXIT.interrupted); ctl.abort(); };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  main(process.argv.slice(2), {
    cwd: process.cwd(), env: process.env, signal: ctl.signal,
    stdout: s => { process.stdout.write(s); }, stderr: s => { process.stderr.write(s); },
    stdoutIsTTY: !!process.stdout.isTTY, stderrIsTTY: !!process.stderr.isTTY,
  }).then(code => {
    process.exitCode = code;
  }, e => {
    process.stderr.write(`elig: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
