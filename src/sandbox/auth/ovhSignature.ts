/**
 * Verifies OVH's `$1$` request signature on authenticated calls (`.../partners`, `recall`):
 *   "$1$" + sha1_hex(AS + "+" + CK + "+" + METHOD + "+" + FULL_URL + "+" + BODY + "+" + TIMESTAMP)
 * FULL_URL is the URL the client used. Two forms are accepted and counted separately
 * (counters.signatureForms): `exact` = http://<Host header><path?query> (what a client pointed at
 * the sandbox should sign), and `official-client` = https://<hostname without port><path?query>
 * (what @ovhcloud/node-ovh signs: it always writes https:// and never the port).
 *
 * Errors (sandbox choices modelled on the real API, `{message, errorCode}`):
 *   no X-Ovh-Application              401 You must login first / NOT_AUTHENTICATED
 *   unknown application key           403 Invalid application key / INVALID_KEY
 *   no X-Ovh-Consumer                 403 You must login first / NOT_CREDENTIAL
 *   unknown consumer key (or other app's) 403 Invalid credential / INVALID_CREDENTIAL
 *   consumer key not yet validated    403 This credential is not valid / INVALID_CREDENTIAL
 *   timestamp missing or > 180 s skew 400 Query out of time / QUERY_TIME_OUT
 *   signature missing or wrong        400 Invalid signature / INVALID_SIGNATURE
 *   call outside the key's rules      403 This call has not been granted / NOT_GRANTED_CALL
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { header, json, type Reply, type SandboxContext, type SandboxRequest } from '../types';
import { ruleAllows } from './ovhCredentials';

export const MAX_SKEW_SEC = 180;

const err = (status: number, message: string, errorCode: string): Reply => json(status, { message, errorCode });

export function ovhSignature(secret: string, consumerKey: string, method: string, url: string, body: Buffer, timestamp: string): string {
  const h = createHash('sha1');
  h.update(`${secret}+${consumerKey}+${method}+${url}+`);
  h.update(body);
  h.update(`+${timestamp}`);
  return '$1$' + h.digest('hex');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** null when the request is correctly signed; otherwise the error reply. */
export function verifyOvhSignature(ctx: SandboxContext, req: SandboxRequest, nowSec = Math.round(Date.now() / 1000)): Reply | null {
  const appKey = header(req, 'x-ovh-application');
  if (!appKey) return err(401, 'You must login first', 'NOT_AUTHENTICATED');
  const secret = ctx.ovhCredentials.applicationSecret(appKey);
  if (secret === undefined) return err(403, 'Invalid application key', 'INVALID_KEY');
  const ck = header(req, 'x-ovh-consumer');
  if (!ck) return err(403, 'You must login first', 'NOT_CREDENTIAL');
  const consumer = ctx.ovhCredentials.consumer(ck);
  if (!consumer || consumer.applicationKey !== appKey) return err(403, 'Invalid credential', 'INVALID_CREDENTIAL');
  if (consumer.state !== 'validated') return err(403, 'This credential is not valid', 'INVALID_CREDENTIAL');
  const ts = header(req, 'x-ovh-timestamp') ?? '';
  if (!/^\d+$/.test(ts) || Math.abs(Number(ts) - nowSec) > MAX_SKEW_SEC) return err(400, 'Query out of time', 'QUERY_TIME_OUT');
  const sig = header(req, 'x-ovh-signature') ?? '';
  const host = header(req, 'host') ?? '';
  const hostname = host.replace(/:\d+$/, '');
  const forms: [string, string][] = [['exact', `http://${host}${req.rawUrl}`], ['official-client', `https://${hostname}${req.rawUrl}`]];
  const form = forms.find(([, url]) => same(sig, ovhSignature(secret, ck, req.method, url, req.rawBody, ts)));
  if (!form) return err(400, 'Invalid signature', 'INVALID_SIGNATURE');
  ctx.counters.signature(form[0]);
  const apiPath = req.pathname.replace(/^\/1\.0/, '');
  if (!ruleAllows(consumer.rules, req.method, apiPath)) return err(403, 'This call has not been granted', 'NOT_GRANTED_CALL');
  return null;
}
