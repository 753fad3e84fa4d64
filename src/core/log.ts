/**
 * The one redaction point. Every log line of the core goes through a Logger made by
 * `createLogger`, which redacts before handing the line to the sink the caller provides
 * (VS Code's LogOutputChannel, stderr for the CLI, an array in tests).
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface LogSink { (level: LogLevel, line: string): void }

export interface Logger {
  trace(msg: string): void;
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  /** false when lines of this level are dropped (lets hot paths skip building them) */
  enabled?(level: LogLevel): boolean;
}

/** Header names whose values are always secret. */
export const SECRET_HEADERS = /^(authorization|proxy-authorization|x-api-key|x-ovh-[a-z-]+|cookie|set-cookie)$/i;
/** JSON / form keys whose values are always secret. */
const SECRET_KEYS = 'access_token|refresh_token|id_token|client_secret|clientSecret|applicationSecret|application_secret|consumerKey|consumer_key|apiKey|api_key|password|token';
const MASK = '***';

export class Redactor {
  private readonly secrets = new Set<string>();
  /** Registers a value that must never appear in any output (credential values, tokens). */
  addSecret(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }
  redact(text: string): string {
    let out = text;
    // known values first (longest first, so a token that contains another is masked whole)
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    // header lines and header-like pairs: "Authorization: Bearer x", "x-api-key=abc"
    out = out.replace(/\b(authorization|proxy-authorization|x-api-key|x-ovh-(?:application|consumer|signature)|cookie)(["']?\s*[:=]\s*["']?)([^"'\r\n,}]+)/gi,
      (_m, name: string, sep: string) => `${name}${sep}${MASK}`);
    // bearer / basic tokens anywhere
    out = out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/g, (_m, scheme: string) => `${scheme} ${MASK}`);
    // JSON "key": "value" and form key=value
    out = out.replace(new RegExp(`("(?:${SECRET_KEYS})"\\s*:\\s*)"[^"]*"`, 'gi'), `$1"${MASK}"`);
    out = out.replace(new RegExp(`\\b((?:${SECRET_KEYS})=)[^&\\s"']+`, 'gi'), `$1${MASK}`);
    // the OVH signature format
    out = out.replace(/\$1\$[0-9a-f]{40}/g, `$1$${MASK}`);
    return out;
  }
  /** Returns a copy of headers with secret values masked. */
  redactHeaders(h: Record<string, string>): Record<string, string> {
    const o: Record<string, string> = {};
    for (const [k, v] of Object.entries(h)) o[k] = SECRET_HEADERS.test(k) ? MASK : this.redact(v);
    return o;
  }
}

/** A process-wide redactor: credentials register themselves here when they are loaded. */
export const redactor = new Redactor();

const LEVELS: LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error'];

/**
 * A Logger that redacts every line before the sink sees it. Lines below `minLevel` are
 * dropped before redaction (so a quiet logger costs nothing on hot paths).
 */
export function createLogger(sink: LogSink, r: Redactor = redactor, minLevel: LogLevel = 'trace'): Logger {
  const min = LEVELS.indexOf(minLevel);
  const at = (level: LogLevel) => LEVELS.indexOf(level) < min
    ? () => { /* below the threshold */ }
    : (msg: string) => sink(level, r.redact(msg));
  return { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'),
    enabled: level => LEVELS.indexOf(level) >= min };
}

const drop = () => { /* dropped */ };
export const silentLogger: Logger = { trace: drop, debug: drop, info: drop, warn: drop, error: drop, enabled: () => false };
