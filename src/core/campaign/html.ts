/**
 * The self-contained HTML report: no network, opens from disk (and in a VS Code panel).
 * Inline CSS and a small inline script under a nonce CSP; charts are plain CSS bars computed
 * here. Share of rows eligible per technology × provider, breakdown by zip/city, errors by
 * code, and a filterable table (the first TABLE_CAP rows; the CSV has them all).
 */
import crypto from 'node:crypto';
import type { ApiId, Technology } from '../model/normalized';
import type { RowRecord } from './record';
import type { ReportLayout } from './report';

export const TABLE_CAP = 20_000;
const TECHS: Technology[] = ['FTTH', 'FTTE', 'FTTO', 'VDSL', 'ADSL', 'SDSL'];
const API_NAMES: Record<ApiId, string> = { ovh: 'OVHcloud', 'orange-b2b': 'Orange b2b', 'orange-rip': 'Orange RIP' };

/** Every label of the report, in one table (to be localized as one). */
export const HTML_LABELS = {
  title: 'Eligibility campaign',
  rows: 'rows', ok: 'answered', errors: 'with an API error', bad: 'unreadable', failed: 'expect failed',
  shareTitle: 'Share of rows eligible, per technology and provider',
  areaTitle: 'By zip code / city (rows with at least one eligible offer)',
  errorsTitle: 'Errors by code', noErrors: 'No errors.',
  tableTitle: 'Rows', filter: 'Filter rows…', allRows: 'All rows', onlyErrors: 'Rows with an error', onlyBad: 'Unreadable rows', onlyNone: 'Rows eligible nowhere',
  capped: 'The table shows the first {0} rows; the CSV and JSON-lines reports have all of them.',
  line: 'line', place: 'place', best: '{0} best', speed: 'Mb/s', reasonOrError: 'reason / error', passed: 'passed', generated: 'Generated {0} by Eligibility Explorer. Mapping: {1}',
  shown: '{0} rows shown',
};

interface Area { rows: number; any: number; per: Partial<Record<ApiId, number>> }

export class HtmlAggregate {
  rows = 0; bad = 0; errors = 0; failed = 0;
  readonly answered: Partial<Record<ApiId, number>> = {};
  readonly eligible: Partial<Record<ApiId, Partial<Record<Technology, number>>>> = {};
  readonly errorCodes = new Map<string, number>();
  readonly areas = new Map<string, Area>();
  readonly table: (string | number)[][] = [];

  constructor(readonly layout: ReportLayout) {}

  add(r: RowRecord): void {
    this.rows++;
    if (r.problem) this.bad++;
    if (r.passed === false) this.failed++;
    const l = this.layout;
    const key = [l.zipColumn ? r.input[l.zipColumn] : '', l.cityColumn ? r.input[l.cityColumn] : ''].filter(Boolean).join(' ').trim();
    let anyError = false, anyEligible = false;
    const area: Area | undefined = key && !r.problem ? (this.areas.get(key) ?? this.newArea(key)) : undefined;
    if (area) area.rows++;
    for (const a of l.apis) {
      const c = r.apis[a];
      if (!c) continue;
      if (c.error) {
        anyError = true;
        const code = `${API_NAMES[a]} · ${c.error.split(':')[0]}`;
        this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
        continue;
      }
      this.answered[a] = (this.answered[a] ?? 0) + 1;
      const e = (this.eligible[a] ??= {});
      for (const t of c.technologies ?? []) e[t] = (e[t] ?? 0) + 1;
      if (c.best) { anyEligible = true; if (area) area.per[a] = (area.per[a] ?? 0) + 1; }
    }
    if (anyError) this.errors++;
    if (area && anyEligible) area.any++;
    if (this.table.length < TABLE_CAP) {
      const place = (l.placeColumns ?? []).map(c => r.input[c]).filter(Boolean).join(' ');
      const status = r.problem ? 'bad' : anyError ? 'error' : anyEligible ? 'ok' : 'none';
      this.table.push([r.id, r.line, place, status, r.problem ?? '', ...l.apis.flatMap(a => {
        const c = r.apis[a];
        return [c?.best ?? '', c?.maxDownMbps ?? '', c?.error || c?.reason || ''];
      }), ...(l.template ? [r.problem ? '' : r.passed ? '✓' : '✗'] : [])]);
    }
  }

  private newArea(key: string): Area {
    const a: Area = { rows: 0, any: 0, per: {} };
    if (this.areas.size < 5000) this.areas.set(key, a);
    return a;
  }
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);
const fmt = (s: string, ...a: unknown[]) => s.replace(/\{(\d+)\}/g, (_, i) => String(a[Number(i)]));

/**
 * A bar's width is a class (`w573` = 57.3 %) whose rule goes in the nonce'd style block: the CSP
 * (`style-src 'nonce-…'`) blocks inline style attributes, which would leave every bar full width.
 */
class Widths {
  private readonly used = new Set<number>();
  cls(p: number): string { const k = Math.round(Math.min(100, Math.max(0, p)) * 10); this.used.add(k); return `w${k}`; }
  css(): string { return [...this.used].sort((a, b) => a - b).map(k => `.w${k}{width:${k / 10}%}`).join(''); }
}

function bar(w: Widths, label: string, n: number, d: number, cls: string): string {
  const p = pct(n, d);
  return `<div class="bar"><span class="lbl">${esc(label)}</span><span class="track"><span class="fill ${cls} ${w.cls(p)}" data-pct="${p.toFixed(1)}"></span></span><span class="num">${p.toFixed(1)} % <small>(${n}/${d})</small></span></div>`;
}

export type HtmlLabels = typeof HTML_LABELS;

export function renderHtml(g: HtmlAggregate, meta: { title: string; generatedAt: string; mapping: Record<string, string>; labels?: Partial<HtmlLabels>; lang?: string }): string {
  const L = { ...HTML_LABELS, ...meta.labels };
  const nonce = crypto.randomBytes(16).toString('base64');
  const w = new Widths();
  const apis = g.layout.apis;
  const share = apis.map(a => `<section class="card"><h3>${esc(API_NAMES[a])}</h3>${TECHS.map(t => bar(w, t, g.eligible[a]?.[t] ?? 0, g.answered[a] ?? 0, t.startsWith('FTT') ? 'fiber' : 'copper')).join('')}</section>`).join('');
  const areas = [...g.areas].sort((x, y) => y[1].rows - x[1].rows).slice(0, 40);
  const areaHtml = areas.length ? areas.map(([k, a]) => bar(w, k, a.any, a.rows, 'fiber')).join('') : '<p class="muted">—</p>';
  const errs = [...g.errorCodes].sort((x, y) => y[1] - x[1]);
  const errHtml = errs.length ? errs.map(([k, n]) => bar(w, k, n, g.rows, 'err')).join('') : `<p class="muted">${esc(L.noErrors)}</p>`;
  const head = ['id', L.line, L.place, ...apis.flatMap(a => [fmt(L.best, API_NAMES[a]), L.speed, L.reasonOrError]), ...(g.layout.template ? [L.passed] : [])];
  const data = JSON.stringify({ head, rows: g.table }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const mapping = Object.entries(meta.mapping).map(([f, c]) => `${f} ← ${c}`).join(', ') || '—';
  return `<!DOCTYPE html>
<html lang="${esc(meta.lang ?? 'en')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title>
<style nonce="${nonce}">
:root{--fg:var(--vscode-foreground,#1f2328);--bg:var(--vscode-editor-background,#fff);--muted:var(--vscode-descriptionForeground,#656d76);--line:var(--vscode-panel-border,#d0d7de);--fiber:var(--vscode-charts-green,#2da44e);--copper:var(--vscode-charts-orange,#d4a72c);--err:var(--vscode-charts-red,#cf222e);--card:var(--vscode-editorWidget-background,#f6f8fa)}
@media (prefers-color-scheme:dark){:root{--fg:var(--vscode-foreground,#e6edf3);--bg:var(--vscode-editor-background,#0d1117);--card:var(--vscode-editorWidget-background,#161b22);--line:var(--vscode-panel-border,#30363d);--muted:var(--vscode-descriptionForeground,#8d96a0)}}
body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:16px 24px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:24px 0 8px}h3{font-size:13px;margin:0 0 6px}
.muted,small{color:var(--muted)}.kpis{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.kpi{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px 12px}.kpi b{font-size:18px;display:block}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.bar{display:grid;grid-template-columns:fit-content(180px) minmax(60px,1fr) max-content;gap:8px;align-items:center;margin:3px 0}.card .bar .lbl{min-width:44px}.lbl{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.track{height:10px;background:var(--line);border-radius:5px;overflow:hidden}.fill{display:block;height:100%}.fiber{background:var(--fiber)}.copper{background:var(--copper)}.err{background:var(--err)}.num{text-align:right;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin-top:8px}th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}th{position:sticky;top:0;background:var(--bg)}
tr.error td{color:var(--err)}tr.bad td{color:var(--muted);font-style:italic}
.controls{display:flex;gap:8px;align-items:center}input,select{font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:4px;padding:3px 6px}
td:first-child{white-space:nowrap}
${w.css()}
</style></head><body>
<h1>${esc(L.title)} — ${esc(meta.title)}</h1>
<p class="muted">${esc(fmt(L.generated, meta.generatedAt, mapping))}</p>
<div class="kpis"><div class="kpi"><b>${g.rows}</b>${esc(L.rows)}</div><div class="kpi"><b>${g.rows - g.bad - g.errors}</b>${esc(L.ok)}</div><div class="kpi"><b>${g.errors}</b>${esc(L.errors)}</div><div class="kpi"><b>${g.bad}</b>${esc(L.bad)}</div>${g.layout.template ? `<div class="kpi"><b>${g.failed}</b>${esc(L.failed)}</div>` : ''}</div>
<h2>${esc(L.shareTitle)}</h2><div class="grid" id="share">${share}</div>
<div class="grid"><section><h2>${esc(L.areaTitle)}</h2><div class="card" id="areas">${areaHtml}</div></section>
<section><h2>${esc(L.errorsTitle)}</h2><div class="card" id="errors">${errHtml}</div></section></div>
<h2>${esc(L.tableTitle)}</h2>
<div class="controls"><input id="q" type="search" placeholder="${esc(L.filter)}" aria-label="${esc(L.filter)}"><select id="kind" aria-label="${esc(L.allRows)}"><option value="">${esc(L.allRows)}</option><option value="error">${esc(L.onlyErrors)}</option><option value="bad">${esc(L.onlyBad)}</option><option value="none">${esc(L.onlyNone)}</option></select><span id="shown" class="muted"></span></div>
${g.rows > TABLE_CAP ? `<p class="muted">${esc(fmt(L.capped, TABLE_CAP))}</p>` : ''}
<table id="rows"><thead></thead><tbody></tbody></table>
<script type="application/json" id="data" nonce="${nonce}">${data}</script>
<script nonce="${nonce}">
(function(){var d=JSON.parse(document.getElementById('data').textContent),t=document.getElementById('rows'),q=document.getElementById('q'),k=document.getElementById('kind'),shown=document.getElementById('shown'),fmt=${JSON.stringify(L.shown)};
var h=document.createElement('tr');d.head.forEach(function(x){var th=document.createElement('th');th.textContent=x;h.appendChild(th);});t.tHead.appendChild(h);
function draw(){var s=q.value.toLowerCase(),want=k.value,b=document.createElement('tbody'),n=0;
for(var i=0;i<d.rows.length;i++){var r=d.rows[i];if(want&&r[3]!==want)continue;var cells=[r[0],r[1],r[2]].concat(r.slice(5));if(r[4])cells[2]=r[4];
if(s&&cells.join(' ').toLowerCase().indexOf(s)<0)continue;if(++n>2000)continue;var tr=document.createElement('tr');tr.className=r[3];
cells.forEach(function(c){var td=document.createElement('td');td.textContent=c;tr.appendChild(td);});b.appendChild(tr);}
t.replaceChild(b,t.tBodies[0]);shown.textContent=fmt.replace('{0}',String(n));}
q.addEventListener('input',draw);k.addEventListener('change',draw);draw();})();
</script></body></html>
`;
}
