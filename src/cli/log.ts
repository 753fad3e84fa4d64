import { createLogger, Logger, LogLevel, redactor } from '../core/log';
import { inert } from '../core/terminal';

/**
 * The CLI's logger: stderr, redacted by createLogger then made inert for the terminal, `warn` and
 * up unless --verbose (debug) or --quiet (error).
 */
export function cliLogger(opts: { verbose?: boolean; quiet?: boolean }, write: (s: string) => void = s => { process.stderr.write(s); }): Logger {
  const min: LogLevel = opts.verbose ? 'debug' : opts.quiet ? 'error' : 'warn';
  // createLogger drops lines below `min` before redacting them
  return createLogger((level, line) => write(`${level === 'info' ? '' : level + ': '}${inert(line)}\n`), redactor, min);
}
