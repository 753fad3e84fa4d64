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

/** XML text/attribute escaping of the five special characters (what junit and HTML writers produce). */
function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Every way `value` can be written out by us or echoed by a server: as is, JSON-escaped,
 * XML/HTML-escaped (named and numeric quotes), URL-encoded (path and form), and base64 (standard,
 * url-safe, unpadded, and the stable middle part of its base64 at each of the three alignments,
 * so the secret is found inside a longer base64 text too).
 */
export function encodedForms(value: string): string[] {
  const forms = new Set<string>([value]);
  const xml = xmlEscape(value);
  forms.add(xml);
  forms.add(xml.replace(/&quot;/g, '&#34;').replace(/&apos;/g, '&#39;'));
  forms.add(encodeURIComponent(value));
  forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  try { forms.add(encodeURI(value)); } catch { /* lone surrogate */ }
  const bytes = Buffer.from(value, 'utf8');
  const b64 = bytes.toString('base64');
  forms.add(b64);
  forms.add(b64.replace(/=+$/, ''));
  forms.add(bytes.toString('base64url'));
  if (bytes.length >= 6) {
    // inside a longer base64 text the secret starts at byte offset 0, 1 or 2 of a 3-byte group
    for (let pad = 0; pad < 3; pad++) {
      const enc = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
      const first = pad === 0 ? 0 : 4; // the group holding padding bytes is unstable
      const stableBytes = Math.floor((pad + bytes.length) / 3) * 3;
      const core = enc.slice(first, (stableBytes / 3) * 4);
      if (core.length >= 8) { forms.add(core); forms.add(core.replace(/\+/g, '-').replace(/\//g, '_')); }
    }
  }
  // each of them inside a JSON string (a report, a log line of JSON), and the secret in JSON in JSON
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  for (const f of [...forms]) forms.add(json(f));
  forms.add(json(json(value)));
  // and the JSON-escaped secret XML-escaped (a JSON body quoted in a junit report)
  forms.add(xmlEscape(json(value)));
  return [...forms].filter(f => f.length >= 4);
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private sorted: string[] | undefined;
  /**
   * Registers a value that must never appear in any output (credential values, tokens), in
   * every encoded form (see encodedForms).
   */
  addSecret(value: string | undefined): void {
    if (!value || value.length < 4 || this.secrets.has(value)) return;
    for (const f of encodedForms(value)) this.secrets.add(f);
    this.sorted = undefined;
  }
  /** Registers an id/secret pair: the secret, and `id:secret` (HTTP Basic) in every form. */
  addSecretPair(id: string | undefined, secret: string | undefined): void {
    this.addSecret(secret);
    if (id !== undefined && secret) this.addSecret(`${id}:${secret}`);
  }
  /** Redacts every string of a structured value (object keys included) before it is serialized. */
  redactValue<T>(value: T, depth = 0): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (value === null || typeof value !== 'object') return value;
    if (depth > 200) return '[nested too deep]' as T;
    if (Array.isArray(value)) return value.map(v => this.redactValue(v, depth + 1)) as T;
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) o[this.redact(k)] = this.redactValue(v, depth + 1);
    return o as T;
  }
  redact(text: string): string {
    let out = text;
    // known values first (longest first, so a token that contains another is masked whole)
    this.sorted ??= [...this.secrets].sort((a, b) => b.length - a.length);
    for (const s of this.sorted) if (out.includes(s)) out = out.split(s).join(MASK);
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
