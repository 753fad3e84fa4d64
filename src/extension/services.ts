import type * as vscode from 'vscode';
import type { HttpClient } from '../core/http/client';
import type { Logger } from '../core/log';
import type { CredentialStore } from './profiles/credentialStore';
import type { ProfileStore } from './profiles/profileStore';
import type { TargetResolver } from './profiles/targets';
import type { CallRunner } from './run/callRunner';
import type { ResultHistory } from './run/history';
import type { SandboxManager } from './sandbox/sandboxManager';
import type { ExplorerView } from './tree/explorerView';
import type { ExplorerProvider } from './tree/provider';
import type { QueryStore } from './tree/queries';

/** What command registrars get: the extension's long-lived parts, built once in activate(). */
export interface Services {
  context: vscode.ExtensionContext;
  logger: Logger;
  log: vscode.LogOutputChannel;
  http: HttpClient;
  profiles: ProfileStore;
  credentials: CredentialStore;
  sandbox: SandboxManager;
  targets: TargetResolver;
  runner: CallRunner;
  history: ResultHistory;
  queries: QueryStore;
  provider: ExplorerProvider;
  explorer: ExplorerView;
}
