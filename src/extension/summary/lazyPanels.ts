import * as path from 'path';
import type * as vscode from 'vscode';
import type { ResultEntry } from '../run/history';
import type { RunReport } from '../requestFiles/requestRunner';
import type { DiffView } from '../../shared/diffProtocol';
import type { SummaryView } from '../../shared/summaryProtocol';
import type * as Panels from './panels';
import type { DiffPanel } from './diffPanel';
import type { SummaryDeps, SummaryPanel } from './summaryPanel';

let loaded: typeof Panels | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const panels = (): typeof Panels => (loaded ??= require(path.join(__dirname, 'panels.js')) as typeof Panels);

/** The run summary panel, loaded from dist/panels.js the first time a run summary is shown. */
export class LazySummaryPanel implements vscode.Disposable {
  private real: SummaryPanel | undefined;
  constructor(private readonly extensionUri: vscode.Uri, private readonly deps: SummaryDeps) {}
  get current(): SummaryView | undefined { return this.real?.current; }
  show(report: RunReport): void { (this.real ??= new (panels().SummaryPanel)(this.extensionUri, this.deps)).show(report); }
  dispose(): void { this.real?.dispose(); }
}

/** The result diff panel, loaded from dist/panels.js on the first *Compare with…*. */
export class LazyDiffPanel implements vscode.Disposable {
  private real: DiffPanel | undefined;
  constructor(private readonly extensionUri: vscode.Uri, private readonly openResult: (entryId: string) => void) {}
  get current(): DiffView | undefined { return this.real?.current; }
  show(a: ResultEntry, b: ResultEntry): DiffView { return (this.real ??= new (panels().DiffPanel)(this.extensionUri, this.openResult)).show(a, b); }
  dispose(): void { this.real?.dispose(); }
}
