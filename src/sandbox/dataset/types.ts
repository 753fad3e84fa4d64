/**
 * Public contract of the sandbox dataset (src/sandbox/dataset).
 * The HTTP server (src/sandbox/*.ts) codes against these types only.
 */

/** Answer of an OVH Connectivity eligibility operation. */
export type OvhAnswer =
  /** The task's `result`; the server wraps it in {status:'ok', result, error:null} after the pending polls. */
  | { kind: 'result'; result: unknown }
  /** The task ends {status:'error', result:null, error}. */
  | { kind: 'taskError'; error: string }
  /** Immediate HTTP error (400 bad input, 404 unknown object …), OVH error shape. */
  | { kind: 'http'; status: number; body: { message: string; errorCode?: string } };

/** Answer of an Orange API (b2b /poi or RIP productRIPQualification). */
export interface OrangeAnswer {
  /** 200 with POI[] / RIP result, or an error status with body {code, message, description}. */
  status: number;
  body: unknown;
}

/** Query of Orange b2b `GET /eligibility/b2b/v1/poi`. */
export interface PoiQuery {
  fullTextAddress?: string;
  buildingCode?: string;
  buildingName?: string;
}

export interface Dataset {
  /**
   * body = the parsed JSON POST body; operation = path after /connectivity/eligibility/,
   * e.g. 'search/cities', 'test/line', 'test/line/partners' (the `/partners` suffix is ignored here:
   * signature checks are the server's job).
   */
  ovh(operation: string, body: Record<string, unknown>): OvhAnswer;
  /** GET test?eligibilityReference= : a previously returned test (the server may also keep its own store). */
  ovhTestByReference(reference: string): OvhAnswer;
  /** Orange b2b POI lookup. */
  poi(query: PoiQuery): OrangeAnswer;
  /** Orange RIP productRIPQualification (body = parsed JSON body). */
  rip(body: unknown): OrangeAnswer;
  /** Dataset sizes: zips, cities, streets, numbers, buildings, lines, pois … */
  stats(): Record<string, number>;
}

/** The HTML/script payload injected by the `IMB/66666/X/XSS1` building and `withHtmlPayload()`. */
export const HTML_PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';
