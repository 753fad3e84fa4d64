import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** Messages from the report panel (typed, validated). */
export type CampaignPanelMessage = { type: 'revealReport' } | { type: 'openCsv' };
export function parseCampaignPanelMessage(x: unknown): CampaignPanelMessage | undefined {
  const t = (x as { type?: unknown } | null)?.type;
  return t === 'revealReport' || t === 'openCsv' ? { type: t } : undefined;
}

/**
 * *Reveal report file*: in the OS file manager on a desktop with the files local; in VS Code's
 * Explorer when the files are on another machine (remote, code-server, the web) and in the workspace;
 * otherwise the file is opened in an editor.
 */
export async function revealReport(file: vscode.Uri): Promise<void> {
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
  if (local) { await vscode.commands.executeCommand('revealFileInOS', file); return; }
  if (vscode.workspace.getWorkspaceFolder(file)) { await vscode.commands.executeCommand('revealInExplorer', file); return; }
  await vscode.commands.executeCommand('vscode.open', file);
}

/** One panel per report file: a campaign run again (resume, retry) refreshes the panel already open. */
const open = new Map<string, vscode.WebviewPanel>();

const esc = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

/**
 * The report's view survives the panel being hidden (VS Code drops a hidden webview's page): the
 * table's filter (#q), its row kind (#kind) and the scroll position go into the webview state and come
 * back when the page is rebuilt. It runs before the report's own script, so it restores them once
 * that script has drawn (DOMContentLoaded) and lets the report redraw through its own listeners.
 */
const KEEP_VIEW = `var st=api.getState()||{};function save(){var q=document.getElementById('q'),k=document.getElementById('kind');api.setState({q:q?q.value:'',kind:k?k.value:'',y:window.scrollY});}
document.addEventListener('input',save,true);document.addEventListener('change',save,true);var tm;window.addEventListener('scroll',function(){clearTimeout(tm);tm=setTimeout(save,150);});
document.addEventListener('DOMContentLoaded',function(){var q=document.getElementById('q'),k=document.getElementById('kind');
if(q&&st.q){q.value=st.q;q.dispatchEvent(new Event('input'));}if(k&&st.kind){k.value=st.kind;k.dispatchEvent(new Event('change'));}if(st.y)window.scrollTo(0,st.y);});`;

/** The action bar put at the top of the report, under the report's own CSP nonce; themed with the --vscode-* variables. */
function actionBar(nonce: string, html: string, csv: string | undefined): string {
  const where = path.basename(path.dirname(html)) + path.sep + path.basename(html);
  return `<style nonce="${nonce}">
body{font-family:var(--vscode-font-family,system-ui);background:var(--vscode-editor-background);color:var(--vscode-foreground)}
.elig-bar{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:0 0 12px;padding:6px 0;border-bottom:1px solid var(--vscode-panel-border,transparent)}
.elig-bar button{font:inherit;border:1px solid var(--vscode-button-border,transparent);border-radius:2px;padding:4px 12px;cursor:pointer;color:var(--vscode-button-foreground);background:var(--vscode-button-background)}
.elig-bar button:hover{background:var(--vscode-button-hoverBackground)}
.elig-bar button.secondary{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}
.elig-bar button.secondary:hover{background:var(--vscode-button-secondaryHoverBackground)}
.elig-bar button:focus-visible{outline:1px solid var(--vscode-focusBorder);outline-offset:2px}
.elig-bar .where{color:var(--vscode-descriptionForeground);font-size:12px}
</style>
<div class="elig-bar" role="toolbar"><button id="elig-reveal" data-testid="reveal-report">${esc(vscode.l10n.t('Reveal report file'))}</button>${csv ? `<button id="elig-csv" class="secondary" data-testid="open-csv">${esc(vscode.l10n.t('Open the CSV report'))}</button>` : ''}<span class="where">${esc(where)}</span></div>
<script nonce="${nonce}">(function(){var api=acquireVsCodeApi();document.getElementById('elig-reveal').addEventListener('click',function(){api.postMessage({type:'revealReport'});});var c=document.getElementById('elig-csv');if(c)c.addEventListener('click',function(){api.postMessage({type:'openCsv'});});
${KEEP_VIEW}})();</script>`;
}

/**
 * Shows the campaign's self-contained HTML report in a panel, with a *Reveal report file* bar.
 * The report brings its own CSP (nonce); the bar's style and script reuse that nonce and only
 * post the two messages above.
 */
export function showReportPanel(html: string, csv: string | undefined, title: string): vscode.WebviewPanel {
  let panel = open.get(html);
  if (panel) panel.reveal(vscode.ViewColumn.Active);
  else {
    const p = vscode.window.createWebviewPanel('eligibility.campaignReport', title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    const sub = p.webview.onDidReceiveMessage(raw => {
      const m = parseCampaignPanelMessage(raw);
      if (m?.type === 'revealReport') void revealReport(vscode.Uri.file(html));
      else if (m?.type === 'openCsv' && csv) void vscode.commands.executeCommand('vscode.open', vscode.Uri.file(csv));
    });
    p.onDidDispose(() => { sub.dispose(); open.delete(html); });
    open.set(html, p);
    panel = p;
  }
  const text = fs.readFileSync(html, 'utf8');
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(text)?.[1];
  panel.webview.html = nonce ? text.replace(/<body>/, `<body>${actionBar(nonce, html, csv)}`) : text;
  return panel;
}
