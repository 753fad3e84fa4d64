import * as vscode from 'vscode';
import type { NextStep } from '../core/errors';
import { callKey } from '../core/diff/callKey';
import type { ApiCall, ExecResult } from '../core/result';
import { covers, familyOf } from '../core/profiles';
import { showRefusal } from './profiles/refusal';
import { ResultsPanels } from './panel';
import { titleFor } from './panel/view';
import { editCallAsRequestFile, saveCallAsRequestFile } from './requestFiles/saveRequest';
import type { ResultsSink } from './run/resultsSink';
import type { Services } from './services';
import { exportForSupportInteractive, type SupportSubject } from './support/exportSupport';

/**
 * The one seam to the results panel (src/extension/panel, owned separately): its deps are
 * filled from the services, and it is adapted to the runners' ResultsSink.
 */
export function createResultsPanels(s: Services): ResultsSink & vscode.Disposable & { activeSubject(): SupportSubject | undefined } {
  const panels = new ResultsPanels(s.context, {
    rerun: async (call: ApiCall) => {
      const profile = s.profiles.active();
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `${call.api} ${call.operation} (${profile.name})`, cancellable: true },
        (_p, token) => s.runner.fetch(call, { profile, token }));
      await s.runner.record(profile, titleFor(call), result, undefined, { show: false });
      return { result, profile: profile.name };
    },
    profileName: () => s.profiles.active().name,
    compareWith: async (result: ExecResult) => {
      const key = callKey(result.call);
      const entry = s.history.list().find(e => e.result.startedAt === result.startedAt && callKey(e.result.call) === key);
      await vscode.commands.executeCommand('eligibility.compareResults', entry?.id);
    },
    exportForSupport: view => exportForSupportInteractive(view, String(s.context.extension.packageJSON.version)),
    saveAsRequestFile: async (call: ApiCall, result) => { await saveCallAsRequestFile(`${call.api} ${call.operation}`, call, result); },
    runNextStep: async (step: NextStep, call: ApiCall, error) => {
      const active = s.profiles.active();
      switch (step) {
        case 'fix-input': await editCallAsRequestFile(`${call.api} ${call.operation}`, call, error?.param); break;
        case 'set-credentials': await vscode.commands.executeCommand('eligibility.setCredentials'); break;
        case 'check-endpoint':
          // a call the active profile does not cover: the refusal's own buttons (add the API / switch)
          if (call && !covers(active, call.api)) await showRefusal({ profileId: active.id, profileName: active.name, api: call.api, family: familyOf(call.api) });
          else await vscode.commands.executeCommand('eligibility.selectProfile');
          break;
        case 'open-log': default: s.log.show(true); break;
      }
    },
    log: s.logger,
  });
  return {
    show: entry => {
      panels.show({ result: entry.result, profile: entry.profileName, assertions: entry.assertions, source: entry.source, title: entry.title,
        profileKind: s.profiles.get(entry.profileId)?.kind });
    },
    /** the result of the focused results panel (*Export for Support…* from the palette) */
    activeSubject: () => panels.panels.find(p => p.panel.active)?.view,
    dispose: () => panels.dispose(),
  };
}
