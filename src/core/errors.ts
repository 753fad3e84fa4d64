/**
 * Errors are values with a kind, a code, a message and a next step, from the core up to the UI.
 * Nothing in an EligError may carry a secret: messages are built from redacted text only.
 */
export type ErrorKind =
  | 'http'          // the API answered with a non-2xx status
  | 'task'          // an OVH task ended in status error
  | 'network'       // connection refused / reset / DNS
  | 'timeout'       // connect or total timeout, or the polling deadline
  | 'cancelled'     // the caller aborted
  | 'redirect'      // the server answered 3xx (never followed)
  | 'credentials'   // missing credentials, or a credential would leave its host
  | 'input'         // bad params / request file
  | 'protocol';     // unparseable response body

export type NextStep = 'set-credentials' | 'retry' | 'open-log' | 'fix-input' | 'check-endpoint' | 'wait';

export interface EligErrorInfo {
  kind: ErrorKind;
  message: string;
  /** HTTP status, when there was a response */
  status?: number;
  /** The API's own error code (Orange `code`, OVH `errorCode`), as a string */
  code?: string;
  description?: string;
  nextStep?: NextStep;
  /** human sentence for the next step */
  hint?: string;
  /** the API's parsed error body, when there was one (never contains our secrets) */
  body?: unknown;
  /** set when the call was refused before sending: the profile does not cover its API (see core/profiles.ts) */
  refusal?: RefusalInfo;
  /** the parameter the error is about, as a path into the call's params (e.g. `['fullTextAddress']`): where "Edit the request" puts the cursor */
  param?: (string | number)[];
}

/** Which profile refused which API (nothing was sent). */
export interface RefusalInfo { profileId: string; profileName: string; api: string; family: 'ovh' | 'orange' }

/**
 * Marks an EligError across bundles: the extension's lazily loaded bundles (dist/features.js,
 * dist/campaign.js…) each hold their own copy of this class, so `instanceof` alone misses an
 * error made in another bundle (a ProfileRefusal from the extension seen by the campaign flow).
 */
const BRAND = Symbol.for('eligibility-explorer.EligError');
const branded = (e: unknown): e is EligError => !!e && typeof e === 'object' && (e as Record<symbol, unknown>)[BRAND] === true && typeof (e as EligError).toJSON === 'function';

export class EligError extends Error implements EligErrorInfo {
  readonly kind: ErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly description?: string;
  readonly nextStep?: NextStep;
  readonly hint?: string;
  readonly body?: unknown;
  readonly refusal?: RefusalInfo;
  readonly param?: (string | number)[];
  constructor(info: EligErrorInfo) {
    super(info.message);
    Object.defineProperty(this, BRAND, { value: true });
    this.name = 'EligError';
    this.kind = info.kind;
    this.status = info.status;
    this.code = info.code;
    this.description = info.description;
    this.nextStep = info.nextStep ?? defaultNextStep(info);
    this.hint = info.hint ?? hintFor(this.nextStep);
    this.body = info.body;
    this.refusal = info.refusal;
    this.param = info.param;
  }
  toJSON(): EligErrorInfo {
    return { kind: this.kind, message: this.message, status: this.status, code: this.code,
      description: this.description, nextStep: this.nextStep, hint: this.hint, body: this.body,
      ...(this.refusal ? { refusal: { ...this.refusal } } : {}),
      ...(this.param ? { param: this.param } : {}) };
  }
}

export function isAbort(e: unknown): boolean {
  return e instanceof EligError || branded(e) ? e.kind === 'cancelled'
    : !!e && typeof e === 'object' && ((e as { name?: string }).name === 'AbortError');
}

export function toErrorInfo(e: unknown): EligErrorInfo {
  if (e instanceof EligError || branded(e)) return e.toJSON();
  if (isAbort(e)) return new EligError({ kind: 'cancelled', message: 'Cancelled' }).toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return new EligError({ kind: 'network', message }).toJSON();
}

function defaultNextStep(i: EligErrorInfo): NextStep | undefined {
  switch (i.kind) {
    case 'credentials': return 'set-credentials';
    case 'input': return 'fix-input';
    case 'network': case 'timeout': case 'protocol': return 'retry';
    case 'redirect': return 'check-endpoint';
    case 'cancelled': return undefined;
    case 'task': return 'retry';
    case 'http':
      if (i.status === 401 || i.status === 403) return 'set-credentials';
      if (i.status === 429 || i.status === 503) return 'wait';
      if (i.status && i.status >= 500) return 'retry';
      if (i.status === 404 || i.status === 400) return 'fix-input';
      return 'open-log';
  }
}

export function hintFor(step: NextStep | undefined): string | undefined {
  switch (step) {
    case 'set-credentials': return 'Check or set the credentials of this profile, then run again.';
    case 'retry': return 'Retry; if it keeps failing, open the log.';
    case 'open-log': return 'Open the Eligibility log for the full exchange (secrets are redacted).';
    case 'fix-input': return 'Check the parameters (identifier, code or address) and run again.';
    case 'check-endpoint': return 'Check the endpoint URL of this profile.';
    case 'wait': return 'The service is rate-limited or unavailable: wait a moment and retry.';
    default: return undefined;
  }
}
