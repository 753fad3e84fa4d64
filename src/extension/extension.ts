import * as vscode from 'vscode';
import { HttpClient } from '../core/http/client';
import type { EligibilityTestApi } from './api';
import { registerCampaignCommands } from './campaign/commands';
import { registerCredentialCommands } from './commands/credentialCommands';
import { registerCompareCommands } from './compare/compareCommands';
import { registerHistoryCommands } from './commands/historyCommands';
import { registerNodeCommands } from './commands/nodeCommands';
import { registerRecallCommand } from './commands/recallCommand';
import { registerOrangeCommands } from './commands/orangeCommands';
import { registerProfileCommands } from './commands/profileCommands';
import { registerRequestFileCommands } from './commands/requestFileCommands';
import { registerSandboxCommands } from './commands/sandboxCommands';
import { registerSearchAddress } from './commands/searchAddress';
import { registerSupportCommands } from './commands/supportCommands';
import { registerTestCommands } from './commands/testCommands';
import { registerTreeEntries } from './commands/treeEntries';
import { createLog } from './log';
import { vscodeProxySettings } from './proxySettings';
import { createResultsPanels } from './panelHost';
import { CredentialStore } from './profiles/credentialStore';
import { createProfileStatus } from './profiles/profileStatus';
import { ProfileStore } from './profiles/profileStore';
import { TargetResolver } from './profiles/targets';
import { RequestCodeLens } from './requestFiles/codeLens';
import { createRequestDiagnostics } from './requestFiles/diagnostics';
import { RequestRunner } from './requestFiles/requestRunner';
import { RunResults } from './requestFiles/runResults';
import { CallRunner } from './run/callRunner';
import { ResultHistory } from './run/history';
import type { ResultsSink } from './run/resultsSink';
import { SandboxManager } from './sandbox/sandboxManager';
import { startEmbeddedSandbox } from './sandbox/sandboxStarter';
import { createSandboxStatus } from './sandbox/sandboxStatus';
import { LazyDiffPanel, LazySummaryPanel } from './summary/lazyPanels';
import { RequestTestController } from './testing/testController';
import type { Services } from './services';
import { ExplorerView } from './tree/explorerView';
import { ExplorerProvider } from './tree/provider';
import { QueryStore } from './tree/queries';

let stopSandbox: (() => Promise<void>) | undefined;

/** Eligibility Explorer: the table of contents. Every part is a disposable owned by the context. */
export function activate(context: vscode.ExtensionContext): EligibilityTestApi {
  const own = <T extends vscode.Disposable>(d: T): T => { context.subscriptions.push(d); return d; };

  // logs (one redacted LogOutputChannel) and the one HTTP client
  const { channel: log, logger } = createLog();
  own(log);
  const http = new HttpClient({ logger, userAgent: `eligibility-explorer/${String(context.extension.packageJSON.version)}`, proxy: vscodeProxySettings });
  own({ dispose: () => http.dispose() });

  // profiles: settings (non-secret) + SecretStorage (secrets) + the embedded sandbox
  const credentials = own(new CredentialStore(context.secrets, logger));
  const profiles = own(new ProfileStore(logger, credentials));
  const sandbox = own(new SandboxManager(startEmbeddedSandbox, logger, context.globalState));
  stopSandbox = () => sandbox.stop();
  const targets = new TargetResolver(profiles, credentials, sandbox);
  own(createProfileStatus(profiles));
  own(createSandboxStatus(sandbox));

  // running calls: history + results panel
  const history = own(new ResultHistory(context.globalState, context.globalStorageUri, logger));
  let sink: ResultsSink | undefined;
  const runner = own(new CallRunner(http, profiles, targets, history, () => sink, logger));

  // the explorer tree
  const queries = new QueryStore(context.globalState);
  const provider = own(new ExplorerProvider(queries, runner, profiles));
  const explorer = own(new ExplorerView(provider));

  const s: Services = { context, logger, log, http, profiles, credentials, sandbox, targets, runner, history, queries, provider, explorer };
  const panels = own(createResultsPanels(s));
  sink = panels;

  // request files: diagnostics, CodeLens with inline results
  const results = own(new RunResults());
  own(createRequestDiagnostics(logger));
  own(vscode.languages.registerCodeLensProvider([{ scheme: 'file', pattern: '**/*.elig.json' }, { scheme: 'untitled', pattern: '**/*.elig.json' }], own(new RequestCodeLens(results))));

  // the one request-file runner (CodeLens, Run all, Run folder, Test Explorer) and its run summary panel
  const requests = own(new RequestRunner(s, results));
  const tests = own(new RequestTestController(requests, profiles));
  const summary = own(new LazySummaryPanel(context.extensionUri, {
    openResult: id => { const e = history.get(id); if (e) runner.reveal(e); },
    rerun: async targets => { const r = await requests.run(targets, { kind: 'file' }); summary.show(r); },
  }));
  const diffs = own(new LazyDiffPanel(context.extensionUri, id => { const e = history.get(id); if (e) runner.reveal(e); }));

  // commands
  for (const d of [
    ...registerTestCommands(s), ...registerOrangeCommands(s), ...registerSearchAddress(s),
    ...registerTreeEntries(s), ...registerNodeCommands(s), ...registerRecallCommand(s),
    ...registerRequestFileCommands(s, requests, summary), ...registerHistoryCommands(s, diffs),
    ...registerProfileCommands(s), ...registerCredentialCommands(s), ...registerSandboxCommands(s),
    ...registerSupportCommands(s, () => panels.activeSubject()),
    ...registerCampaignCommands(s),
  ]) own(d);
  // compare: one place, every provider (the matrix panel)
  for (const d of registerCompareCommands(s)) own(d);

  logger.info(`Eligibility Explorer activated (profile ${profiles.active().name}, workspace ${vscode.workspace.isTrusted ? 'trusted' : 'restricted'})`);

  return {
    getTreeChildren: node => provider.getChildren(node),
    getTreeItem: node => provider.getTreeItem(node),
    activeProfile: () => profiles.active(),
    sandboxUrl: () => sandbox.ensure(),
    runCall: (call, token) => runner.fetch(call, { token }),
    lastResult: () => runner.lastResult,
    requestResults: uri => results.get(uri),
    testController: () => tests,
    runSummary: () => summary,
    resultDiff: () => diffs,
    history: () => history,
    profilesReady: () => profiles.ready,
    ...(context.extensionMode === vscode.ExtensionMode.Test ? { testSecrets: context.secrets } : {}),
  };
}

/** Everything else is disposed through context.subscriptions; the sandbox's sockets are closed and awaited here. */
export function deactivate(): Promise<void> | undefined { return stopSandbox?.(); }
