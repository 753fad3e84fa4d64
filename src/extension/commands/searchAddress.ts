import * as vscode from 'vscode';
import { Building, City, Street } from '../../core/apis/ovh/schemas';
import type { ApiCall } from '../../core/result';
import { fetchStep } from '../run/fetchWithProgress';
import type { Services } from '../services';
import { ask, validate } from './inputs';

type Pick<T> = vscode.QuickPickItem & { value: T };

async function pick<T>(items: Pick<T>[], title: string, placeHolder: string): Promise<T | undefined> {
  if (!items.length) { void vscode.window.showInformationMessage(vscode.l10n.t('{0}: nothing found.', title)); return undefined; }
  const p = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return p?.value;
}

function list<T>(raw: unknown, parse: (x: unknown) => T | undefined): T[] {
  return Array.isArray(raw) ? raw.map(parse).filter((x): x is T => x !== undefined) : [];
}

export interface PickedAddress { streetCode: string; streetAltCode?: string; streetNumber: string; label: string }

/** zip → locality → street → number, with quick picks; undefined when cancelled or failed. */
export async function pickAddress(s: Services, title: string): Promise<PickedAddress | undefined> {
  const recent = s.queries.recentZips();
  const zipCode = await ask({ title: `${title} (1/4)`, prompt: vscode.l10n.t('Zip code'), placeHolder: recent.length ? vscode.l10n.t('recent: {0}', recent.join(', ')) : '91400',
    value: recent[0], check: validate.zipCode });
  if (!zipCode) return undefined;
  await s.queries.addZip(zipCode);
  s.provider.redraw();
  const cities = list(await fetchStep(s.runner, { api: 'ovh', operation: 'search/cities', params: { zipCode } }, vscode.l10n.t('Localities of {0}', zipCode)),
    x => City.safeParse(x).data);
  const city = await pick(cities.map(c => ({ label: c.city, description: [c.locality, c.inseeCode].filter(Boolean).join(' · '), value: c })),
    `${title} (2/4)`, vscode.l10n.t('Locality'));
  if (!city) return undefined;
  const streets = list(await fetchStep(s.runner, { api: 'ovh', operation: 'search/streets', params: { inseeCode: city.inseeCode } }, vscode.l10n.t('Streets of {0}', city.city)),
    x => Street.safeParse(x).data);
  const street = await pick(streets.map(st => ({ label: st.streetName, description: st.streetCode, value: st })),
    `${title} (3/4)`, vscode.l10n.t('Street in {0} ({1}; type to filter)', city.city, streets.length.toLocaleString(vscode.env.language)));
  if (!street) return undefined;
  const numbersCall: ApiCall = { api: 'ovh', operation: 'search/streetNumbers',
    params: { streetCode: street.streetCode, ...(street.streetAltCode ? { streetAltCode: street.streetAltCode } : {}) } };
  const numbers = list(await fetchStep(s.runner, numbersCall, vscode.l10n.t('Numbers of {0}', street.streetName)), x => (typeof x === 'string' ? x : undefined));
  const streetNumber = await pick(numbers.map(n => ({ label: n, value: n })), `${title} (4/4)`, vscode.l10n.t('Number in {0}', street.streetName));
  if (!streetNumber) return undefined;
  return { streetCode: street.streetCode, streetAltCode: street.streetAltCode ?? undefined, streetNumber,
    label: `${streetNumber} ${street.streetName}, ${city.zipCode} ${city.city}` };
}

export function addressParams(a: PickedAddress): Record<string, unknown> {
  return { streetCode: a.streetCode, streetNumber: a.streetNumber, ...(a.streetAltCode ? { streetAltCode: a.streetAltCode } : {}) };
}

/** "Search address…": the quick-pick flow down to a building, then its eligibility test (or the address's). */
export function registerSearchAddress(s: Services): vscode.Disposable[] {
  return [vscode.commands.registerCommand('eligibility.searchAddress', async () => {
    const a = await pickAddress(s, vscode.l10n.t('Search address'));
    if (!a) return undefined;
    const raw = await fetchStep(s.runner, { api: 'ovh', operation: 'search/buildings', params: addressParams(a) }, vscode.l10n.t('Buildings at {0}', a.label));
    if (raw === undefined) return undefined;
    const buildings = list(raw, x => Building.safeParse(x).data).filter(b => b.reference && b.reference !== '_NA_');
    const items: Pick<ApiCall>[] = [
      ...buildings.map(b => ({ label: `$(organization) ${b.name && b.name !== '_NA_' ? b.name : vscode.l10n.t('Building')}`, description: b.reference,
        detail: b.type ? vscode.l10n.t('Test building ({0})', b.type) : vscode.l10n.t('Test building'), value: { api: 'ovh' as const, operation: 'test/building', params: { building: b.reference } } })),
      { label: `$(location) ${vscode.l10n.t('Test this address')}`, description: a.label, detail: vscode.l10n.t('test/address (neighbour line creation)'),
        value: { api: 'ovh', operation: 'test/address', params: addressParams(a) } },
    ];
    const call = await pick(items, vscode.l10n.t('Search address (building)'), vscode.l10n.t('{0} building(s) at {1}', buildings.length, a.label));
    return call ? s.runner.show(call) : undefined;
  })];
}
