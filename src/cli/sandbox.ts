import { parseSandboxArgs, SANDBOX_USAGE, startSandbox } from '../sandbox';
import { SANDBOX_CREDENTIALS } from '../core/target';
import type { CliIO } from './run';
import { EXIT } from './run';
import { cliLogger } from './log';

/** `elig sandbox ...`: runs the simulator until SIGINT/SIGTERM (io.signal). */
export async function sandboxCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const verbose = argv.includes('--verbose');
  let parsed: ReturnType<typeof parseSandboxArgs>;
  try { parsed = parseSandboxArgs(argv.filter(a => a !== '--verbose')); } catch (e) {
    io.stderr(`elig sandbox: ${(e as Error).message}\n`);
    return EXIT.input;
  }
  if (parsed.help) { io.stdout(SANDBOX_USAGE + '\n  --verbose   log every request on stderr\n'); return EXIT.ok; }
  let sb: Awaited<ReturnType<typeof startSandbox>>;
  try {
    sb = await startSandbox({ ...parsed.options, logger: cliLogger({ verbose }, io.stderr) });
  } catch (e) {
    io.stderr(`elig sandbox: cannot start: ${(e as Error).message}\n`);
    return EXIT.input;
  }
  io.stdout(`listening on ${sb.url}\n`);
  io.stderr([
    `OVH:    ${sb.url}/1.0   (application key ${SANDBOX_CREDENTIALS.ovh.applicationKey}, secret ${SANDBOX_CREDENTIALS.ovh.applicationSecret}, consumer key ${SANDBOX_CREDENTIALS.ovh.consumerKey})`,
    `Orange: ${sb.url}       (client id ${SANDBOX_CREDENTIALS.orange.clientId}, secret ${SANDBOX_CREDENTIALS.orange.clientSecret}, API key ${SANDBOX_CREDENTIALS.orange.apiKey})`,
    `Admin:  ${sb.url}/_sandbox/   · Ctrl+C to stop`, '',
  ].join('\n'));
  await new Promise<void>(resolve => {
    if (io.signal?.aborted) resolve(); else io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await sb.close();
  return EXIT.ok;
}
