import { createLogger, Logger, LogLevel, redactor } from '../core/log';

const ORDER: LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error'];

/** The CLI's logger: stderr, redacted by createLogger, `warn` and up unless --verbose (debug) or --quiet (error). */
export function cliLogger(opts: { verbose?: boolean; quiet?: boolean }, write: (s: string) => void = s => { process.stderr.write(s); }): Logger {
  const min = ORDER.indexOf(opts.verbose ? 'debug' : opts.quiet ? 'error' : 'warn');
  return createLogger((level, line) => {
    if (ORDER.indexOf(level) >= min) write(`${level === 'info' ? '' : level + ': '}${line}\n`);
  }, redactor, ORDER[min]);
}
