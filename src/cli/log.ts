import { createLogger, Logger, LogLevel, redactor } from '../core/log';

/** The CLI's logger: stderr, redacted by createLogger, `warn` and up unless --verbose (debug) or --quiet (error). */
export function cliLogger(opts: { verbose?: boolean; quiet?: boolean }, write: (s: string) => void = s => { process.stderr.write(s); }): Logger {
  const min: LogLevel = opts.verbose ? 'debug' : opts.quiet ? 'error' : 'warn';
  // createLogger drops lines below `min` before redacting them
  return createLogger((level, line) => write(`${level === 'info' ? '' : level + ': '}${line}\n`), redactor, min);
}
