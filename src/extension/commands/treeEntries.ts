import * as vscode from 'vscode';
import type { Services } from '../services';
import type { TreeNode } from '../tree/node';
import { askPoi, askRip, poiParams } from './orangeCommands';
import { ask, askLineStatus, normalizeLine, parseCoordinates, validate } from './inputs';

/**
 * The explorer's entry points: each adds a search under its section, then reveals it
 * expanded (its children load lazily). They take their parameters as arguments too.
 */
export function registerTreeEntries(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  const show = async (node: TreeNode) => {
    s.provider.redraw();
    await s.explorer.reveal(node).catch(e => s.logger.debug(`reveal: ${e instanceof Error ? e.message : String(e)}`));
    return node;
  };
  return [
    reg('eligibility.tree.searchZip', async (arg?: string) => {
      const recent = s.queries.recentZips();
      const zip = arg ?? await ask({ title: vscode.l10n.t('Search by zip code'), prompt: vscode.l10n.t('Zip code (5 digits)'),
        placeHolder: recent.length ? vscode.l10n.t('recent: {0}', recent.join(', ')) : '91400', check: validate.zipCode });
      if (!zip) return undefined;
      return show(await s.queries.addZip(zip.trim()));
    }),
    reg('eligibility.tree.buildingsForLine', async (arg?: { lineNumber: string; status: 'active' | 'inactive' }) => {
      let q = arg;
      if (!q) {
        const line = await ask({ title: vscode.l10n.t('Buildings for a line number (1/2)'), prompt: vscode.l10n.t('Line number (ND, 10 digits)'), placeHolder: '0123456789', check: validate.lineNumber });
        if (!line) return undefined;
        const status = await askLineStatus(vscode.l10n.t('Buildings for a line number (2/2)'));
        if (!status) return undefined;
        q = { lineNumber: normalizeLine(line), status };
      }
      return show(s.queries.add('ovh-line', `${q.lineNumber}:${q.status}`, q.lineNumber, { kind: 'lineQuery', ...q }, q.status));
    }),
    reg('eligibility.tree.addressesNear', async (arg?: { latitude: number; longitude: number; distance?: number }) => {
      let q = arg;
      if (!q) {
        const v = await ask({ title: vscode.l10n.t('Addresses near coordinates'), prompt: vscode.l10n.t('latitude, longitude [, distance in metres]'), placeHolder: '48.6986, 2.1873, 50', check: validate.coordinates });
        q = v ? parseCoordinates(v) : undefined;
        if (!q) return undefined;
      }
      const label = `${q.latitude}, ${q.longitude}`;
      return show(s.queries.add('ovh-coords', `${label}:${q.distance ?? ''}`, label, { kind: 'coordsQuery', ...q }, q.distance ? `${q.distance} m` : vscode.l10n.t('default radius')));
    }),
    reg('eligibility.tree.orangePoi', async (arg?: Record<string, string> | string) => {
      const params = (typeof arg === 'string' ? poiParams(arg) : arg ?? await askPoi()) as Record<string, string> | undefined;
      if (!params) return undefined;
      const label = params.buildingCode ?? params.fullTextAddress ?? JSON.stringify(params);
      return show(s.queries.add('orange-poi', label, label, { kind: 'poiQuery', params }, params.buildingName));
    }),
    reg('eligibility.tree.ripLookup', async (arg?: Record<string, unknown>) => {
      const params = arg ?? await askRip();
      if (!params) return undefined;
      const label = describeRip(params);
      return show(s.queries.add('orange-rip', JSON.stringify(params), label, { kind: 'ripQuery', params },
        `${String(params.contextType)} · ${String((params.category as { name?: string } | undefined)?.name ?? '')}`));
    }),
  ];
}

function describeRip(p: Record<string, unknown>): string {
  const key = (p.publicKey as { value?: string } | undefined)?.value;
  const place = p.place as Record<string, Record<string, unknown>> | undefined;
  const ft = place?.nonFormattedAddress?.fulltext ?? place?.nonFormattedAddress?.fullText;
  const ga = place?.geographicAddress;
  const gl = place?.geographicLocation;
  return String(key ?? ft ?? (ga ? [ga.cityCode, ga.rivoliCode, ga.streetNr].filter(Boolean).join('/') : gl ? `${String(gl.y)}, ${String(gl.x)}` : vscode.l10n.t('RIP query')));
}
