import * as vscode from 'vscode';
import { parseRequestFile, type ParsedRequest } from '../../core/requests/parse';
import { REQUEST_FILE_GLOB } from '../requestFiles/parseDocument';
import { toRange } from '../requestFiles/parseDocument';

/** What a test item stands for: a request file, or one request of it (by index). */
export type TestData = { kind: 'file'; uri: vscode.Uri } | { kind: 'request'; uri: vscode.Uri; index: number };

export const requestId = (uri: vscode.Uri, index: number) => `${uri.toString()}#${index}`;

/**
 * The Test Explorer's tree: request files → requests, with ranges from our parser. Lazy: files
 * are listed when VS Code first asks (resolveHandler), a file is parsed when expanded, opened
 * or run; kept up to date on edits and on files created, changed or deleted.
 */
export class TestTree implements vscode.Disposable {
  readonly data = new WeakMap<vscode.TestItem, TestData>();
  private readonly disposables: vscode.Disposable[] = [];
  private watching = false;

  constructor(readonly ctrl: vscode.TestController) {
    ctrl.resolveHandler = async item => {
      if (!item) return this.discover();
      const d = this.data.get(item);
      if (d?.kind === 'file') await this.resolveFile(d.uri);
    };
    ctrl.refreshHandler = async () => { for (const [, item] of ctrl.items) ctrl.items.delete(item.id); await this.discover(); };
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.fromDocument(d)),
      vscode.workspace.onDidChangeTextDocument(e => this.fromDocument(e.document)),
    );
    // documents open at start-up get their gutter icons once activation is over
    const t = setTimeout(() => vscode.workspace.textDocuments.forEach(d => this.fromDocument(d)), 0);
    this.disposables.push({ dispose: () => clearTimeout(t) });
  }

  /** Lists the workspace's request files (not parsed yet) and starts watching for new ones. */
  async discover(): Promise<void> {
    this.watch();
    const files = await vscode.workspace.findFiles(REQUEST_FILE_GLOB, '**/node_modules/**', 5000);
    for (const uri of files) this.fileItem(uri);
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const w = vscode.workspace.createFileSystemWatcher(REQUEST_FILE_GLOB);
    this.disposables.push(w,
      w.onDidCreate(uri => { if (!uri.path.includes('/node_modules/')) this.fileItem(uri); }),
      w.onDidChange(uri => { const item = this.ctrl.items.get(uri.toString()); if (item && !this.isOpen(uri)) void this.resolveFile(uri); }),
      w.onDidDelete(uri => this.ctrl.items.delete(uri.toString())),
    );
  }

  private isOpen(uri: vscode.Uri): boolean { return vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString()); }

  /** The item of a file (created, unresolved, when new). */
  fileItem(uri: vscode.Uri): vscode.TestItem {
    const existing = this.ctrl.items.get(uri.toString());
    if (existing) return existing;
    const item = this.ctrl.createTestItem(uri.toString(), uri.path.split('/').pop() ?? uri.path, uri);
    item.description = vscode.workspace.asRelativePath(uri.with({ path: uri.path.replace(/\/[^/]*$/, '') }), false);
    item.canResolveChildren = true;
    this.data.set(item, { kind: 'file', uri });
    this.ctrl.items.add(item);
    return item;
  }

  /** Parses a file (its open document when there is one) and sets its requests. */
  async resolveFile(uri: vscode.Uri): Promise<vscode.TestItem> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    let text: string;
    if (open) text = open.getText();
    else {
      try { text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)); } catch {
        this.ctrl.items.delete(uri.toString());
        return this.fileItem(uri);
      }
    }
    return this.setRequests(uri, parseRequestFile(text).requests);
  }

  /** Sets the children of a file item from parsed requests (ids by index: results stay with their request). */
  setRequests(uri: vscode.Uri, requests: readonly ParsedRequest[]): vscode.TestItem {
    const file = this.fileItem(uri);
    const children = requests.map(r => {
      const id = requestId(uri, r.index);
      const item = file.children.get(id) ?? this.ctrl.createTestItem(id, r.name ?? `request ${r.index + 1}`, uri);
      item.label = r.name ?? vscode.l10n.t('request {0}', r.index + 1);
      item.description = r.api && r.operation ? `${r.api} ${r.operation}` : undefined;
      item.range = toRange(r.range);
      this.data.set(item, { kind: 'request', uri, index: r.index });
      return item;
    });
    file.children.replace(children);
    file.canResolveChildren = false;
    return file;
  }

  private fromDocument(doc: vscode.TextDocument): void {
    if (!doc.uri.path.endsWith('.elig.json') || doc.uri.scheme !== 'file') return;
    this.setRequests(doc.uri, parseRequestFile(doc.getText()).requests);
  }

  dispose(): void { for (const d of this.disposables.splice(0)) d.dispose(); }
}
