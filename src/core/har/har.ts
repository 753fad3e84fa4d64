/**
 * Recorded exchanges → HAR 1.2 (typed with @types/har-format), openable in a browser's DevTools
 * (Network → Import HAR). One page per call; every attempt is an entry, token requests and OVH
 * polls included. Bodies and headers were redacted when recorded (exchange.ts).
 */
import type { Entry, Har, Header, Page, QueryString } from 'har-format';
import type { ExecResult } from '../result';
import type { RecordedExchange } from './exchange';

export interface HarPage {
  /** page title, e.g. `orange-b2b poi` or a request's name */
  title: string;
  startedAt: string;
  exchanges: readonly RecordedExchange[];
}

export interface HarOptions { creatorVersion: string; comment?: string }

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 409: 'Conflict', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

const headerList = (h: Record<string, string> | undefined): Header[] => Object.entries(h ?? {}).map(([name, value]) => ({ name, value }));
const headerValue = (h: Record<string, string> | undefined, name: string) => Object.entries(h ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];

function queryOf(url: string): QueryString[] {
  try { return [...new URL(url).searchParams.entries()].map(([name, value]) => ({ name, value })); } catch { return []; }
}

function entryOf(e: RecordedExchange, pageref: string): Entry {
  const reqType = headerValue(e.requestHeaders, 'content-type');
  const resType = headerValue(e.responseHeaders, 'content-type') ?? (e.responseBody ? 'application/json' : 'x-unknown');
  const queryId = headerValue(e.responseHeaders, 'x-ovh-queryid');
  const entry: Entry = {
    pageref,
    startedDateTime: new Date(e.startedAt).toISOString(),
    time: e.waitMs + e.receiveMs,
    request: {
      method: e.method, url: e.url, httpVersion: 'HTTP/1.1', cookies: [], headers: headerList(e.requestHeaders),
      queryString: queryOf(e.url), headersSize: -1, bodySize: e.requestBody === undefined ? 0 : Buffer.byteLength(e.requestBody),
      ...(e.requestBody !== undefined ? { postData: { mimeType: reqType ?? 'application/octet-stream', text: e.requestBody } } : {}),
    },
    response: {
      status: e.status ?? 0, statusText: e.status === undefined ? '' : STATUS_TEXT[e.status] ?? '', httpVersion: e.status === undefined ? '' : 'HTTP/1.1',
      cookies: [], headers: headerList(e.responseHeaders),
      content: { size: e.responseBody === undefined ? 0 : Buffer.byteLength(e.responseBody), mimeType: resType, ...(e.responseBody !== undefined ? { text: e.responseBody } : {}) },
      redirectURL: headerValue(e.responseHeaders, 'location') ?? '', headersSize: -1, bodySize: e.responseBody === undefined ? -1 : Buffer.byteLength(e.responseBody),
      ...(e.error ? { _error: e.error } : {}),
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: e.waitMs, receive: e.receiveMs },
  };
  const notes = [e.label, e.attempt > 1 ? `attempt ${e.attempt}` : '', queryId ? `X-OVH-QUERYID ${queryId}` : '', e.error ? `no response: ${e.error}` : '']
    .filter(Boolean).join(' · ');
  if (notes) entry.comment = notes;
  return entry;
}

/** A HAR 1.2 log of pages (one per call), entries in the order they were sent. */
export function buildHar(pages: readonly HarPage[], opts: HarOptions): Har {
  const harPages: Page[] = [];
  const entries: Entry[] = [];
  pages.forEach((p, i) => {
    const id = `call_${i + 1}`;
    harPages.push({ id, title: p.title, startedDateTime: new Date(p.startedAt).toISOString(), pageTimings: { onContentLoad: -1, onLoad: -1 } });
    for (const e of p.exchanges) entries.push(entryOf(e, id));
  });
  entries.sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime));
  return { log: {
    version: '1.2', creator: { name: 'Eligibility Explorer', version: opts.creatorVersion },
    pages: harPages, entries, ...(opts.comment ? { comment: opts.comment } : {}),
  } };
}

/** The page of one result (its recorded exchanges; none when the call was not recorded). */
export function pageOf(result: ExecResult, title?: string): HarPage {
  return { title: title ?? `${result.call.api} ${result.call.operation}`, startedAt: result.startedAt, exchanges: result.exchanges ?? [] };
}

/** The X-OVH-QUERYID values of the exchanges, in order, without repeats (what OVH support asks for). */
export function queryIds(exchanges: readonly RecordedExchange[]): string[] {
  const ids = exchanges.map(e => headerValue(e.responseHeaders, 'x-ovh-queryid')).filter((x): x is string => !!x);
  return [...new Set(ids)];
}
