/**
 * `l10n.t` for the few extension modules that must also load without VS Code (the tree's
 * children builders are unit-tested in plain Node): VS Code's `l10n.t` when it is there,
 * else the English message with its `{0}` placeholders filled. Everything else imports
 * `vscode.l10n` directly. See /work/briefs/L10N.md.
 */
import { fmt } from '../shared/protocol';

type Translate = (message: string, ...args: (string | number | boolean)[]) => string;
let impl: Translate | undefined;

function load(): Translate {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vscode = require('vscode') as typeof import('vscode');
    return (m, ...a) => vscode.l10n.t(m, ...a); // l10n-ignore: the shim itself; callers pass literals
  } catch {
    return (m, ...a) => fmt(m, ...a.map(String));
  }
}

export const l10n: { t: Translate } = { t: (m, ...a) => (impl ??= load())(m, ...a) };
