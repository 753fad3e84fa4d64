import type { Profile } from '../core/profiles';
import type { ApiCall, ExecResult } from '../core/result';
import type { ResultEntry, ResultHistory } from './run/history';
import type { RequestRunResult } from './requestFiles/runResults';
import type { LazyDiffPanel, LazySummaryPanel } from './summary/lazyPanels';
import type { RequestTestController } from './testing/testController';
import type { TreeNode } from './tree/node';

/**
 * What `activate()` returns: a small surface for the extension-host tests
 * (`vscode.extensions.getExtension('eligibility-explorer.eligibility-explorer').activate()`).
 * Everything else is driven through commands, like a user would.
 */
export interface EligibilityTestApi {
  /** children of a tree node as the view gets them (root when undefined), after filtering and paging */
  getTreeChildren(node?: TreeNode): Promise<TreeNode[]>;
  /** the tree item VS Code would render for a node (label, description, contextValue, command) */
  getTreeItem(node: TreeNode): import('vscode').TreeItem;
  /** the active profile (Sandbox by default) */
  activeProfile(): Profile;
  /** base URL of the embedded sandbox, starting it if needed */
  sandboxUrl(): Promise<string>;
  /** runs a call with the active profile exactly as the commands do, without UI; cancel through the token */
  runCall(call: ApiCall, token?: import('vscode').CancellationToken): Promise<ExecResult>;
  /** the last result shown or recorded (panel, history) */
  lastResult(): ResultEntry | undefined;
  /** the inline (CodeLens) results of the last run of a request file, by request index */
  requestResults(uri: import('vscode').Uri): Map<number, RequestRunResult> | undefined;
  /** the Test Explorer's controller, tree and the states its runs reported (VS Code cannot read them back) */
  testController(): RequestTestController;
  /** the run summary panel (its current view) */
  runSummary(): LazySummaryPanel;
  /** the result diff panel (its current view) */
  resultDiff(): LazyDiffPanel;
  /** the persisted result history */
  history(): ResultHistory;
  /** the extension's secret storage, ONLY when VS Code runs it in test mode (ExtensionMode.Test): migration tests */
  testSecrets?: Pick<import('vscode').SecretStorage, 'get' | 'store' | 'delete'>;
  /** resolves once first-round profiles (and their secrets) are migrated */
  profilesReady(): Promise<void>;
}
