/**
 * "HTML/script payload" fault for webview safety tests.
 * - `withHtmlPayload(value)` returns a deep copy whose human-readable text fields carry HTML_PAYLOAD.
 * - The building code XSS_BUILDING_CODE answers everywhere (OVH test/building, search/buildingDetails,
 *   Orange /poi?buildingCode, RIP contextType buildingCode) with such a payload.
 */
import { HTML_PAYLOAD } from './types';

export { HTML_PAYLOAD };
export const XSS_BUILDING_CODE = 'IMB/66666/X/XSS1';
/** The real building whose answers the XSS building mimics (an eligible FTTH building on RUE DES EXEMPLES, Lyon). */
export const XSS_BASE_ADDRESS = { streetCode: '6938300010', number: '1' };

const TEXT_KEYS = new Set([
  'name', 'streetName', 'city', 'locality', 'message', 'formattedAddress', 'description', 'buildingName',
  'ownerName', 'address', 'comments', 'operatorName', 'oiName', 'value', 'error', 'streetType', 'housingComplex',
]);

/** Deep copy of `value` with HTML_PAYLOAD appended to every text field a UI would display. */
export function withHtmlPayload<T>(value: T): T {
  return walk(value, false) as T;
}

function walk(v: unknown, text: boolean): unknown {
  if (typeof v === 'string') return text ? `${v} ${HTML_PAYLOAD}`.trim() : v;
  if (Array.isArray(v)) {
    const items = v.map((x) => walk(x, text));
    return text && items.length === 0 ? [HTML_PAYLOAD] : items;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x, TEXT_KEYS.has(k));
    return out;
  }
  return v;
}

/** Rewrites an answer computed for the base building so it names the XSS building, then injects the payload. */
export function asXssAnswer<T>(value: T, baseCode: string): T {
  const renamed = JSON.parse(JSON.stringify(value).split(baseCode).join(XSS_BUILDING_CODE)) as T;
  return withHtmlPayload(renamed);
}
