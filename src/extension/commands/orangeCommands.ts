import * as vscode from 'vscode';
import { BUILDING_CODE_PATTERN } from '../../core/apis/orange/schemas-b2b';
import { ND_PATTERN } from '../../core/apis/orange/schemas-rip';
import type { Services } from '../services';
import { ask, parseCoordinates, validate } from './inputs';

/** The b2b POI query for what the user typed: a building code, or a full-text address. */
export function poiParams(text: string): Record<string, unknown> {
  const t = text.trim();
  return BUILDING_CODE_PATTERN.test(t) ? { buildingCode: t } : { fullTextAddress: t };
}

export async function askPoi(): Promise<Record<string, unknown> | undefined> {
  const v = await ask({ title: vscode.l10n.t('Orange POI look-up'), prompt: vscode.l10n.t('Building code (IMB/…) or full-text address (street, zip city)'),
    placeHolder: '340 Avenue De La Marne, 59700 Marcq En Baroeul', // l10n-ignore: example value
    check: t => (BUILDING_CODE_PATTERN.test(t.trim()) ? undefined : validate.fullTextAddress(t)) });
  return v ? poiParams(v) : undefined;
}

type Ctx = 'fulltext' | 'address' | 'nd' | 'buildingCode' | 'geographiclocation';

/** RIP qualification body, guided: how to identify the site, the value, the offer family. */
export async function askRip(): Promise<Record<string, unknown> | undefined> {
  const ctx = await vscode.window.showQuickPick<vscode.QuickPickItem & { value: Ctx }>([
    { label: vscode.l10n.t('Full-text address'), description: 'fulltext', value: 'fulltext' },
    { label: vscode.l10n.t('INSEE + RIVOLI code'), description: 'address', value: 'address' },
    { label: vscode.l10n.t('Line number (ND)'), description: 'nd', value: 'nd' },
    { label: vscode.l10n.t('Building code'), description: 'buildingCode', value: 'buildingCode' },
    { label: vscode.l10n.t('Coordinates'), description: 'geographiclocation', value: 'geographiclocation' },
  ], { title: vscode.l10n.t('RIP qualification (1/3)'), placeHolder: vscode.l10n.t('How do you identify the site?') });
  if (!ctx) return undefined;
  let body: Record<string, unknown>;
  switch (ctx.value) {
    case 'fulltext': {
      const v = await ask({ title: vscode.l10n.t('RIP qualification (2/3)'), prompt: vscode.l10n.t('Address'), placeHolder: '59 chemin de la mare 53400 cherance', // l10n-ignore: example value
        check: t => (t.trim().length > 4 ? undefined : vscode.l10n.t('an address')) });
      if (!v) return undefined;
      body = { contextType: 'fulltext', place: { nonFormattedAddress: { fulltext: v } } };
      break;
    }
    case 'address': {
      const v = await ask({ title: vscode.l10n.t('RIP qualification (2/3)'), prompt: vscode.l10n.t('INSEE code / RIVOLI code [/ street number]'), placeHolder: '53068/0082/59',
        check: t => (/^[0-9][0-9AB]\d{3}\/[A-Za-z0-9]{4}(\/\w+)?$/.test(t.trim()) ? undefined : vscode.l10n.t('INSEE (5) / RIVOLI (4) [/ number], e.g. 53068/0082/59')) });
      if (!v) return undefined;
      const [cityCode, rivoliCode, streetNr] = v.trim().split('/');
      body = { contextType: 'address', place: { geographicAddress: { cityCode, rivoliCode, ...(streetNr ? { streetNr } : {}) } } };
      break;
    }
    case 'nd': {
      const v = await ask({ title: vscode.l10n.t('RIP qualification (2/3)'), prompt: vscode.l10n.t('ND (10 digits, 01 to 05…)'), placeHolder: '0123456789',
        check: t => (ND_PATTERN.test(t.trim()) ? undefined : vscode.l10n.t('an ND has 10 digits and starts with 01, 02, 03, 04 or 05')) });
      if (!v) return undefined;
      body = { contextType: 'nd', publicKey: { name: 'nd', value: v } };
      break;
    }
    case 'buildingCode': {
      const v = await ask({ title: vscode.l10n.t('RIP qualification (2/3)'), prompt: vscode.l10n.t('Building code'), placeHolder: 'IMB/53068/X/0052', check: validate.building }); // l10n-ignore: example value
      if (!v) return undefined;
      body = { contextType: 'buildingCode', publicKey: { name: 'buildingCode', value: v } };
      break;
    }
    case 'geographiclocation': {
      const v = await ask({ title: vscode.l10n.t('RIP qualification (2/3)'), prompt: vscode.l10n.t('latitude, longitude'), placeHolder: '50.319779, 3.516726', check: validate.coordinates });
      const c = v ? parseCoordinates(v) : undefined;
      if (!c) return undefined;
      body = { contextType: 'geographiclocation', place: { geographicLocation: { x: String(c.longitude), y: String(c.latitude) } } };
      break;
    }
  }
  const cat = await vscode.window.showQuickPick(['ftth', 'ftte'], { title: vscode.l10n.t('RIP qualification (3/3)'), placeHolder: vscode.l10n.t('Offer family') });
  return cat ? { ...body, category: { name: cat } } : undefined;
}

/** Orange POI look-up… and RIP qualification…: guided (or with params), results in the panel. */
export function registerOrangeCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('eligibility.orangePoi', async (arg?: Record<string, unknown> | string) => {
      const params = typeof arg === 'string' ? poiParams(arg) : arg ?? await askPoi();
      if (!params) return undefined;
      return s.runner.show({ api: 'orange-b2b', operation: 'poi', params });
    }),
    reg('eligibility.ripQualification', async (arg?: Record<string, unknown>) => {
      const params = arg ?? await askRip();
      if (!params) return undefined;
      return s.runner.show({ api: 'orange-rip', operation: 'productRIPQualification', params });
    }),
  ];
}
