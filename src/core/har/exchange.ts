/**
 * One HTTP attempt as the HTTP layer saw it, for the support export (HAR). The HTTP layer hands
 * the RAW attempt to an `ExchangeSink`; `ExchangeRecorder` redacts it at once through the one
 * redaction point (src/core/log.ts), so nothing it keeps can carry a secret.
 */
import type { HttpClient, HttpRequest } from '../http/client';
import { redactor, SECRET_HEADERS } from '../log';

export interface RawExchange {
  /** ms since epoch when the request was sent */
  startedAt: number;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  /** absent when no response came (network error, timeout, cancellation) */
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  /** time to the response headers, ms */
  waitMs: number;
  /** time to read the body, ms */
  receiveMs: number;
  /** why there is no response */
  error?: string;
  label?: string;
  attempt: number;
}

export type ExchangeSink = (e: RawExchange) => void;

/** A recorded attempt: `RawExchange` with every secret masked (X-OVH-QUERYID kept: it is what support asks for). */
export type RecordedExchange = RawExchange;

/** Response headers that are identifiers, not secrets, though their names look like OVH credential headers. */
const KEPT_HEADERS = new Set(['x-ovh-queryid']);

export function redactHeaders(h: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!h) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    out[k] = KEPT_HEADERS.has(k.toLowerCase()) ? redactor.redact(String(v))
      : SECRET_HEADERS.test(k) ? maskKeepingScheme(String(v)) : redactor.redact(String(v));
  }
  return out;
}

/** `Bearer abc` → `Bearer ***`: the scheme says how to authenticate, the value is the secret. */
function maskKeepingScheme(v: string): string {
  const scheme = /^\s*(Bearer|Basic|Digest|OAuth)\b/i.exec(v)?.[1];
  return scheme ? `${scheme} ***` : '***';
}

export function redactExchange(e: RawExchange): RecordedExchange {
  return {
    ...e,
    url: redactor.redact(e.url),
    requestHeaders: redactHeaders(e.requestHeaders) ?? {},
    requestBody: e.requestBody === undefined ? undefined : redactor.redact(e.requestBody),
    responseHeaders: redactHeaders(e.responseHeaders),
    responseBody: e.responseBody === undefined ? undefined : redactor.redact(e.responseBody),
    error: e.error === undefined ? undefined : redactor.redact(e.error),
    label: e.label === undefined ? undefined : redactor.redact(e.label),
  };
}

/** Bounds: a support export of one call, not a packet capture (bodies past this are cut, and say so). */
export const MAX_EXCHANGES = 500;
export const MAX_BODY_CHARS = 1_000_000;

/** Collects the attempts of one call (or one run), redacted on arrival, bounded in count and size. */
export class ExchangeRecorder {
  readonly entries: RecordedExchange[] = [];
  dropped = 0;
  readonly sink: ExchangeSink = e => {
    if (this.entries.length >= MAX_EXCHANGES) { this.dropped++; return; }
    const r = redactExchange(e); // redact first: a cut must never split a secret past the redactor
    this.entries.push({ ...r, requestBody: cut(r.requestBody), responseBody: cut(r.responseBody) });
  };
}

function cut(s: string | undefined): string | undefined {
  return s !== undefined && s.length > MAX_BODY_CHARS ? `${s.slice(0, MAX_BODY_CHARS)}… (cut: ${s.length} characters)` : s;
}

/** A view of `http` whose every request reports its attempts to `sink` (the same client underneath). */
export function recordingHttp(http: HttpClient, sink: ExchangeSink): HttpClient {
  const view = Object.create(http) as HttpClient;
  view.send = (req: HttpRequest) => {
    const outer = req.recorder;
    return http.send({ ...req, recorder: outer ? e => { outer(e); sink(e); } : sink });
  };
  return view;
}
