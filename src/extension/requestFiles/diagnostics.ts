import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import { isRequestFile, parseDocument, toRange } from './parseDocument';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

/**
 * What JSON Schema cannot say (unknown variable, malformed ND, invalid building code, …),
 * from the core parser, at the exact range; updated on open / change / close.
 */
export function createRequestDiagnostics(logger: Logger): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('eligibility');
  const update = (doc: vscode.TextDocument) => {
    if (!isRequestFile(doc)) return;
    const { parsed } = parseDocument(doc, false, logger);
    collection.set(doc.uri, parsed.diagnostics.map(d => {
      const diag = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
      diag.source = 'eligibility';
      diag.code = d.code;
      return diag;
    }));
  };
  vscode.workspace.textDocuments.forEach(update);
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument(e => update(e.document)),
    vscode.workspace.onDidCloseTextDocument(d => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('eligibility.environment')) vscode.workspace.textDocuments.forEach(update); }),
  );
}
