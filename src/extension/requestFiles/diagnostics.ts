import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import { isRequestFile, parseDocument, toRange } from './parseDocument';
import { RemoveSchemaFix, schemaOverride } from './schemaOverride';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

/**
 * VS Code's JSON language server reports JSON syntax errors in every json/jsonc document, whatever
 * its schema: ours would say them a second time.
 */
function jsonServerReportsSyntax(doc: vscode.TextDocument): boolean {
  return jsonServerServes(doc) && vscode.workspace.getConfiguration('json', doc).get<boolean>('validate.enable', true);
}

function jsonServerServes(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'json' || doc.languageId === 'jsonc';
}

/**
 * Every problem of a request file, ONE diagnostic each, from the core parser (the same messages
 * and ranges as `elig run`): the schema the extension contributes (schemas/elig.vscode.schema.json)
 * only completes and hovers, and JSON syntax errors are left to the JSON language server. A
 * `$schema` that would replace that schema gets an Information with a Quick Fix (schemaOverride.ts).
 * Updated on open / change / close.
 */
export function createRequestDiagnostics(logger: Logger): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('eligibility');
  const update = (doc: vscode.TextDocument) => {
    if (!isRequestFile(doc)) return;
    const { parsed } = parseDocument(doc, false, logger);
    const skipSyntax = jsonServerReportsSyntax(doc);
    const diags = parsed.diagnostics.filter(d => !(skipSyntax && d.code === 'json-syntax')).map(d => {
      const diag = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
      diag.source = 'eligibility';
      diag.code = d.code;
      return diag;
    });
    const override = jsonServerServes(doc) ? schemaOverride(doc) : undefined;
    collection.set(doc.uri, override ? [override, ...diags] : diags);
  };
  vscode.workspace.textDocuments.forEach(update);
  return vscode.Disposable.from(
    collection,
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file', pattern: '**/*.elig.json' }, { scheme: 'untitled', pattern: '**/*.elig.json' }],
      new RemoveSchemaFix(), { providedCodeActionKinds: RemoveSchemaFix.kinds }),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument(e => update(e.document)),
    vscode.workspace.onDidCloseTextDocument(d => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('eligibility.environment') || e.affectsConfiguration('json.validate.enable')) vscode.workspace.textDocuments.forEach(update); }),
  );
}
