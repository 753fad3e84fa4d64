import * as vscode from 'vscode';
import { makeNode, NodeData, SectionId, TreeNode } from './node';

const RECENT_ZIPS = 'eligibility.recentZips';
const MAX_RECENT = 10;

/** The explorer's sections; labels are functions so they are localized when shown. */
export const SECTIONS: { id: SectionId; label: () => string; action: string; actionLabel: () => string; icon: string }[] = [
  { id: 'ovh-zip', label: () => vscode.l10n.t('OVHcloud · Addresses'), action: 'eligibility.tree.searchZip', actionLabel: () => vscode.l10n.t('Search by zip code…'), icon: 'location' },
  { id: 'ovh-line', label: () => vscode.l10n.t('OVHcloud · Lines'), action: 'eligibility.tree.buildingsForLine', actionLabel: () => vscode.l10n.t('Buildings for a line number…'), icon: 'call-outgoing' },
  { id: 'ovh-coords', label: () => vscode.l10n.t('OVHcloud · Coordinates'), action: 'eligibility.tree.addressesNear', actionLabel: () => vscode.l10n.t('Addresses near coordinates…'), icon: 'globe' },
  { id: 'orange-poi', label: () => vscode.l10n.t('Orange Business · POI'), action: 'eligibility.tree.orangePoi', actionLabel: () => vscode.l10n.t('POI look-up (address or building code)…'), icon: 'search' },
  { id: 'orange-rip', label: () => vscode.l10n.t('Orange RIP · Qualification'), action: 'eligibility.tree.ripLookup', actionLabel: () => vscode.l10n.t('RIP qualification…'), icon: 'checklist' },
];

/**
 * The searches the user started, under their section: recent zip codes (kept in globalState),
 * the other look-ups for the session. Newest first.
 */
export class QueryStore {
  private readonly session = new Map<SectionId, TreeNode[]>();
  readonly sections: TreeNode[];

  constructor(private readonly state: vscode.Memento) {
    this.sections = SECTIONS.map(s => makeNode(undefined, `section:${s.id}`, s.label(), { kind: 'section', section: s.id }));
  }

  section(id: SectionId): TreeNode { return this.sections.find(s => s.data.kind === 'section' && s.data.section === id)!; }

  children(section: TreeNode): TreeNode[] {
    if (section.data.kind !== 'section') return [];
    const id = section.data.section;
    const spec = SECTIONS.find(s => s.id === id)!;
    const action = this.actions.get(id) ?? makeNode(section, 'action', spec.actionLabel(), { kind: 'action', command: spec.action, section: id });
    this.actions.set(id, action);
    if (id === 'ovh-zip') return [action, ...this.recentZips().map(z => this.zipNode(z))];
    return [action, ...(this.session.get(id) ?? [])];
  }

  /** No search yet: the view shows its welcome content. */
  isEmpty(): boolean {
    return this.recentZips().length === 0 && [...this.session.values()].every(l => l.length === 0);
  }

  recentZips(): string[] { return this.state.get<string[]>(RECENT_ZIPS, []); }

  async addZip(zipCode: string): Promise<TreeNode> {
    const list = [zipCode, ...this.recentZips().filter(z => z !== zipCode)].slice(0, MAX_RECENT);
    await this.state.update(RECENT_ZIPS, list);
    return this.zipNode(zipCode);
  }

  /** Adds a session query (line, coordinates, POI, RIP) and returns its node. */
  add(section: SectionId, key: string, label: string, data: NodeData, description?: string): TreeNode {
    const parent = this.section(section);
    const node = makeNode(parent, `q:${key}`, label, data, { description });
    const rest = (this.session.get(section) ?? []).filter(n => n.id !== node.id);
    this.session.set(section, [node, ...rest]);
    return node;
  }

  async remove(node: TreeNode): Promise<void> {
    if (node.data.kind === 'zip') {
      const zip = node.data.zipCode;
      await this.state.update(RECENT_ZIPS, this.recentZips().filter(z => z !== zip));
      return;
    }
    for (const [k, list] of this.session) this.session.set(k, list.filter(n => n.id !== node.id));
  }

  private readonly zipNodes = new Map<string, TreeNode>();
  private readonly actions = new Map<SectionId, TreeNode>();

  private zipNode(zipCode: string): TreeNode {
    const known = this.zipNodes.get(zipCode);
    if (known) return known;
    const node = makeNode(this.section('ovh-zip'), `zip:${zipCode}`, zipCode, { kind: 'zip', zipCode }, { description: vscode.l10n.t('zip code') });
    this.zipNodes.set(zipCode, node);
    return node;
  }
}
