import * as vscode from 'vscode';

/**
 * `eligibility.allowedEnvironmentVariables`: process variables request files may read as
 * `{{env:NAME}}` besides `ELIG_VAR_*`. Read from the USER settings only (the setting has scope
 * `application`, and only `globalValue` is read here): a workspace setting, committed with the
 * request files, must never widen what those files can read from the machine.
 */
export function allowedEnvironmentVariables(): string[] {
  const v = vscode.workspace.getConfiguration('eligibility').inspect<unknown>('allowedEnvironmentVariables')?.globalValue;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x)) : [];
}
