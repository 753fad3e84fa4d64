/** `elig run --har FILE`: every HTTP exchange of the run (token requests and polls included), one HAR page per request. */
import { buildHar } from '../core/har/har';
import type { RequestOutcome } from '../core/requests/runner';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

export function harOfRun(outcomes: readonly RequestOutcome[]): string {
  const pages = outcomes.filter(o => o.result).map(o => ({
    title: `${o.file}#${o.name} (${o.api} ${o.operation})`, startedAt: o.result!.startedAt, exchanges: o.result!.exchanges ?? [],
  }));
  return JSON.stringify(buildHar(pages, { creatorVersion: VERSION, comment: 'elig run: secrets redacted' }), null, 2) + '\n';
}
