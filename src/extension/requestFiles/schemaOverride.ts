import * as vscode from 'vscode';
import { findNodeAtLocation, Node, parseTree } from 'jsonc-parser';
import { removalRange } from '../../core/requests/nodes';

export const SCHEMA_OVERRIDE = 'schema-override';

/** The root `"$schema"` property of a request file's text (cheap when there is none). */
function schemaProperty(text: string): Node | undefined {
  if (!text.includes('"$schema"')) return undefined;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  return root?.type === 'object' ? findNodeAtLocation(root, ['$schema'])?.parent : undefined;
}

/**
 * A `"$schema"` in a request file replaces, in VS Code, the schema the extension contributes
 * (`jsonValidation`): completion and hover stop when it does not resolve (a relative path in a
 * copied folder), and VS Code's JSON validation says every problem a second time when it does.
 * Information at the property, with a Quick Fix that removes it.
 */
export function schemaOverride(doc: vscode.TextDocument): vscode.Diagnostic | undefined {
  const prop = schemaProperty(doc.getText());
  if (!prop) return undefined;
  const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(prop.offset), doc.positionAt(prop.offset + prop.length)),
    vscode.l10n.t('In VS Code, "$schema" replaces the schema Eligibility Explorer provides for request files: completion and hover stop when it does not resolve, and VS Code\'s JSON validation repeats every problem when it does. Remove it unless another editor needs it.'),
    vscode.DiagnosticSeverity.Information);
  d.source = 'eligibility';
  d.code = SCHEMA_OVERRIDE;
  return d;
}

/** Quick Fix of {@link schemaOverride}: removes the property (its comma too). */
export class RemoveSchemaFix implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const diag = context.diagnostics.find(d => d.code === SCHEMA_OVERRIDE && d.source === 'eligibility');
    if (!diag) return [];
    const prop = schemaProperty(doc.getText());
    if (!prop) return [];
    const { offset, end } = removalRange(prop);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(end)));
    const action = new vscode.CodeAction(vscode.l10n.t('Remove "$schema" (use the schema Eligibility Explorer provides)'), vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    action.diagnostics = [diag];
    action.isPreferred = true;
    return [action];
  }
}
