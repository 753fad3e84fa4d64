import { operationsOf } from '../../core/apis';
import type { ApiId } from '../../core/model/normalized';
import { l10n } from '../l10n';
import type { NamedCall } from './saveRequest';

/** Operations a new file starts with (names in the display language), per API (when the operation exists in the core's table). */
const STARTERS: Record<ApiId, { operation: string; name: () => string; expect?: Record<string, unknown> }[]> = {
  ovh: [
    { operation: 'search/cities', name: () => l10n.t('Localities of 91400') },
    { operation: 'test/building', name: () => l10n.t('Fiber in a building'), expect: { ok: true } },
    { operation: 'test/line', name: () => l10n.t('Copper line'), expect: { ok: true } },
    { operation: 'test/otp', name: () => l10n.t('Optical socket'), expect: { ok: true } },
  ],
  'orange-b2b': [{ operation: 'poi', name: () => l10n.t('POI by address'), expect: { ok: true } }],
  'orange-rip': [{ operation: 'productRIPQualification', name: () => l10n.t('RIP qualification'), expect: { ok: true } }],
};

/** The requests of a "New request file" for one API: the operations' own first examples. */
export function templateCalls(api: ApiId): NamedCall[] {
  const ops = operationsOf(api).filter(o => !o.deprecated);
  const calls: NamedCall[] = [];
  for (const s of STARTERS[api]) {
    const op = ops.find(o => o.name === s.operation);
    if (!op) continue;
    calls.push({ name: s.name(), call: { api, operation: op.name, params: op.examples[0] ?? {} }, expect: s.expect });
  }
  if (!calls.length && ops[0]) calls.push({ name: ops[0].summary, call: { api, operation: ops[0].name, params: ops[0].examples[0] ?? {} } });
  return calls;
}
