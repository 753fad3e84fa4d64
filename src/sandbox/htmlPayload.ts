/**
 * The `htmlPayload` fault: appends the HTML/script payload to human-readable text fields of a
 * successful JSON answer (names, cities, messages, comments, addresses), never to codes or
 * references, so flows keep working while a UI that renders text as HTML would execute it.
 */
import { HTML_PAYLOAD } from './dataset/types';

const TEXT_KEYS = new Set([
  'name', 'city', 'locality', 'streetName', 'message', 'formattedAddress', 'buildingName', 'ownerName',
  'operatorName', 'comments', 'description', 'error', 'address', 'fulltext', 'fullText',
]);
const NEVER = /code|reference|id$|key|token/i;

function inject(v: unknown, textField: boolean): unknown {
  if (typeof v === 'string') return textField ? `${v} ${HTML_PAYLOAD}` : v;
  if (Array.isArray(v)) return v.map(x => inject(x, textField));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = inject(x, TEXT_KEYS.has(k) && !NEVER.test(k));
    return out;
  }
  return v;
}

export function withHtmlPayload<T>(body: T): T {
  return inject(body, false) as T;
}
