import * as fs from 'fs';
import * as vscode from 'vscode';

/** Messages from the report panel (typed, validated). */
export type CampaignPanelMessage = { type: 'revealReport' } | { type: 'openCsv' };
export function parseCampaignPanelMessage(x: unknown): CampaignPanelMessage | undefined {
  const t = (x as { type?: unknown } | null)?.type;
  return t === 'revealReport' || t === 'openCsv' ? { type: t } : undefined;
}

/**
 * Shows the campaign's self-contained HTML report in a panel, with a *Reveal report file* bar.
 * The report brings its own CSP (nonce); the bar's script reuses that nonce and only posts
 * the two messages above.
 */
export function showReportPanel(html: string, csv: string | undefined, title: string): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('eligibility.campaignReport', title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  const text = fs.readFileSync(html, 'utf8');
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(text)?.[1];
  const esc = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
  const bar = nonce ? `<div class="bar-host" style="display:flex;gap:8px;margin:0 0 12px"><button id="elig-reveal">${esc(vscode.l10n.t('Reveal report file'))}</button>${csv ? `<button id="elig-csv">${esc(vscode.l10n.t('Open the CSV report'))}</button>` : ''}</div>
<script nonce="${nonce}">(function(){var api=acquireVsCodeApi();document.getElementById('elig-reveal').addEventListener('click',function(){api.postMessage({type:'revealReport'});});var c=document.getElementById('elig-csv');if(c)c.addEventListener('click',function(){api.postMessage({type:'openCsv'});});})();</script>` : '';
  panel.webview.html = text.replace(/<body>/, `<body>${bar}`);
  const sub = panel.webview.onDidReceiveMessage(raw => {
    const m = parseCampaignPanelMessage(raw);
    if (m?.type === 'revealReport') void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(html));
    else if (m?.type === 'openCsv' && csv) void vscode.commands.executeCommand('vscode.open', vscode.Uri.file(csv));
  });
  panel.onDidDispose(() => sub.dispose());
  return panel;
}
