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
      message: `Restricted Mode: request files from this workspace may only run against the Sandbox profile (active: "${profile.name}"). Trust the workspace or select the Sandbox profile.`,
      nextStep: 'check-endpoint',
      hint: 'Run "Eligibility: Select Profile" and pick Sandbox, or trust the workspace (Workspaces: Manage Workspace Trust).',
    });
  }
}
