import * as vscode from 'vscode';
import { EligError } from '../core/errors';
import type { Profile } from '../core/profiles';

/** Where a run comes from: a request file is workspace content, so Restricted Mode limits it to the Sandbox. */
export type RunOrigin = 'command' | 'tree' | 'requestFile';

/** Throws unless the run is allowed: in Restricted Mode, request files run against the Sandbox profile only. */
export function assertMayRun(profile: Profile, origin: RunOrigin): void {
  if (origin === 'requestFile' && !vscode.workspace.isTrusted && profile.kind !== 'sandbox') {
    throw new EligError({
      kind: 'credentials',
      message: vscode.l10n.t('Restricted Mode: request files from this workspace may only run against the Sandbox profile (active: "{0}"). Trust the workspace or select the Sandbox profile.', profile.name),
      nextStep: 'check-endpoint',
      hint: vscode.l10n.t('Run "Eligibility: Select Profile" and pick Sandbox, or trust the workspace (Workspaces: Manage Workspace Trust).'),
    });
  }
}
