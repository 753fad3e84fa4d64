// Journey 26: a campaign in the real workbench. Right-click examples' campaign/prospects.csv in the
// Explorer → Run Campaign from CSV… → compare the three providers → the column mapping preview
// (detected French headers; "Ref client" is not recognised, so map the id field to it) → the run
// against the sandbox → the HTML report in a panel with its charts (share eligible per technology and
// provider, zip/city, errors by code), themed with the --vscode-* colours → Reveal report file shows
// the report next to the input in the Explorer (code-server: the files are on the server); the table's
// filter survives the panel being hidden. Then a
// longer campaign (sandbox latency fault): the progress notification, Cancel → paused with a
// journal → the notification's Resume → every row once, in order.
export default {
  title: 'campaign: Explorer right-click a CSV → mapping preview (edit a column) → run on the sandbox → HTML report panel with charts → Reveal report file; progress, Cancel, Resume',
  readmeShots: { '26-campaign-report.png': 'campaign-report.png', '26-mapping.png': 'campaign-mapping.png' },
  async run(t) {
    const { ui, page, step, shot, folder } = t;
    const explorerRow = name => page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) }).first();
    const quick = page.locator('.quick-input-widget');

    await step('Explorer: right-click campaign/prospects.csv → Run Campaign from CSV…', async () => {
      await ui.command('View: Show Explorer');
      const dir = explorerRow('campaign');
      await dir.waitFor();
      if ((await dir.getAttribute('aria-expanded')) !== 'true') await dir.click();
      await explorerRow('prospects.csv').click({ button: 'right' });
      await ui.menuEntry('Run Campaign from CSV');
    });
    await step('per row: compare the providers; the three APIs are picked', async () => {
      await ui.pick('per row', 'Compare providers for each row');
      await ui.waitQuick('APIs to ask');
      const checked = quick.locator('.quick-input-list .monaco-list-row[aria-checked="true"]');
      await page.waitForFunction(() => document.querySelectorAll('.quick-input-list .monaco-list-row[aria-checked="true"]').length === 3, null);
      if (await checked.count() !== 3) throw new Error('the three APIs should be picked');
      await page.keyboard.press('Enter');
    });
    await step('mapping preview: French headers detected, first rows shown, pass-through columns listed', async () => {
      await ui.waitQuick('columns of prospects.csv');
      await quick.locator('.monaco-list-row', { hasText: /address.*← adresse/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /zip.*← cp/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /line.*← nd/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /2 rue du Verger · 5 rue du Verger/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /Passed through to the report: Ref client, note/ }).first().waitFor();
    });
    await step('edit the mapping: the id field from the "Ref client" column; line to no column and back', async () => {
      // a hover tooltip of the row under the mouse may cover the next one: move the mouse off the list first
      await page.mouse.move(5, 600);
      await page.locator('.monaco-hover').first().waitFor({ state: 'hidden' }).catch(() => {});
      await quick.locator('.monaco-list-row', { hasText: /id.*\(no column\)/ }).first().click();
      await ui.pick('Column for id', 'Ref client');
      await ui.waitQuick('columns of prospects.csv');
      await quick.locator('.monaco-list-row', { hasText: /id.*← Ref client/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /Passed through to the report: note$/ }).first().waitFor();
      // a field detected from its header can be set to no column (its column then passes through), and back
      await page.mouse.move(5, 600);
      await page.locator('.monaco-hover').first().waitFor({ state: 'hidden' }).catch(() => {});
      await quick.locator('.monaco-list-row', { hasText: /line.*← nd/ }).first().click();
      await ui.pick('Column for line', '(no column)');
      await ui.waitQuick('columns of prospects.csv');
      await quick.locator('.monaco-list-row', { hasText: /line.*\(no column\)/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /Passed through to the report: nd, note$/ }).first().waitFor();
      await page.mouse.move(5, 600);
      await page.locator('.monaco-hover').first().waitFor({ state: 'hidden' }).catch(() => {});
      await quick.locator('.monaco-list-row', { hasText: /line.*\(no column\)/ }).first().click();
      await ui.waitQuick('Column for line');
      // the column whose label is exactly "nd" (a substring match may pick another row)
      await quick.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /^nd$/ }) }).first().click();
      await ui.waitQuick('columns of prospects.csv');
      await quick.locator('.monaco-list-row', { hasText: /line.*← nd/ }).first().waitFor();
      await quick.locator('.monaco-list-row', { hasText: /Passed through to the report: note$/ }).first().waitFor();
      await page.mouse.move(5, 600);
      await page.locator('.monaco-hover').first().waitFor({ state: 'hidden' }).catch(() => {});
      await shot('26-mapping.png');
    });
    await step('run with this mapping → the report panel with its charts', async () => {
      await ui.pick('columns of prospects.csv', 'Run with this mapping');
      const r = await ui.webview({ css: '#share' }, 60000);
      await r.locator('#share .card h3', { hasText: 'OVHcloud' }).waitFor();
      await r.locator('#share .card h3', { hasText: 'Orange RIP' }).waitFor();
      // 8 rows: 1 unreadable (the malformed ND), FTTH eligible somewhere, Lyon and Orsay in the area breakdown
      await r.locator('.kpi', { hasText: /^8\s*rows/ }).waitFor();
      await r.locator('.kpi', { hasText: /^1\s*unreadable/ }).waitFor();
      await r.locator('#areas .bar', { hasText: '69003 Lyon' }).waitFor();
      await r.locator('#areas .bar', { hasText: '91400 Orsay' }).waitFor();
      // every bar drawn at its share of its track (a CSP-blocked inline width would draw them all full)
      const bars = await r.locator('.fill').evaluateAll(els => els.map(e => ({ pct: Number(e.dataset.pct), w: e.getBoundingClientRect().width, track: e.parentElement.getBoundingClientRect().width })));
      const wrong = bars.filter(b => b.track < 40 || Math.abs(b.w - (b.track * b.pct) / 100) > 1.5);
      if (bars.length < 20 || wrong.length) throw new Error(`bars not drawn to scale: ${JSON.stringify(wrong.slice(0, 3))} of ${bars.length}`);
      if (!bars.some(b => b.pct > 0)) throw new Error('no eligible share drawn');
      // the table: every row, in input order, filterable
      const ids = await r.locator('#rows tbody tr td:first-child').allInnerTexts();
      if (ids.join() !== 'C-001,C-002,C-003,C-004,C-005,C-006,C-007,C-008') throw new Error(`rows: ${ids.join()}`);
      await r.locator('#kind').selectOption('bad');
      await r.locator('#rows tbody tr.bad', { hasText: 'Malformed ND' }).waitFor();
      if (await r.locator('#rows tbody tr').count() !== 1) throw new Error('the "unreadable" filter should leave one row');
      await r.locator('#kind').selectOption('');
      // theme colours: the page takes the workbench's (--vscode-*), not the report's own fallbacks
      const colours = await r.locator('body').evaluate(b => {
        const css = getComputedStyle(document.documentElement);
        return { bg: getComputedStyle(b).backgroundColor, editorBg: css.getPropertyValue('--vscode-editor-background').trim(), button: getComputedStyle(document.querySelector('#elig-reveal')).backgroundColor, buttonVar: css.getPropertyValue('--vscode-button-background').trim() };
      });
      if (!colours.editorBg || !colours.buttonVar) throw new Error(`no --vscode-* variables in the panel: ${JSON.stringify(colours)}`);
      const rgb = hex => { const h = hex.replace('#', ''); return `rgb(${parseInt(h.slice(0, 2), 16)}, ${parseInt(h.slice(2, 4), 16)}, ${parseInt(h.slice(4, 6), 16)})`; };
      if (/^#[0-9a-f]{6}$/i.test(colours.editorBg) && colours.bg !== rgb(colours.editorBg)) throw new Error(`background ${colours.bg} is not the theme's ${colours.editorBg}`);
      if (/^#[0-9a-f]{6}$/i.test(colours.buttonVar) && colours.button !== rgb(colours.buttonVar)) throw new Error(`button ${colours.button} is not the theme's ${colours.buttonVar}`);
    });
    await step('the notification says where the reports are; Reveal report file shows them in the Explorer', async () => {
      await ui.notification(/Campaign prospects\.csv: 8 rows, 0 with an API error, 1 unreadable/).waitFor();
      await ui.clearNotifications();
      const r = await ui.webview({ css: '#share' });
      await r.locator('[data-testid=reveal-report]').click();
      await page.locator('.explorer-folders-view .monaco-list-row.selected, .explorer-folders-view .monaco-list-row.focused', { hasText: 'prospects.report.html' }).first().waitFor();
      await explorerRow('prospects.report.csv').waitFor();
      await explorerRow('prospects.report.jsonl').waitFor();
      await shot('26-campaign-report.png');
    });
    await step('the table filter survives the panel being hidden: another editor over it, then back', async () => {
      let r = await ui.webview({ css: '#share' });
      await r.locator('#q').fill('Laval');
      await r.locator('#kind').selectOption('none');
      await page.waitForTimeout(300);
      const before = await r.locator('#rows tbody tr').allInnerTexts();
      if (!before.length || before.some(x => !/Laval/.test(x))) throw new Error(`the filter "Laval" + no eligible offer shows: ${before.join(' | ')}`);
      await explorerRow('prospects.csv').click(); // opens the CSV over the panel, in the same group
      await page.locator('.tab.active', { hasText: 'prospects.csv' }).first().waitFor();
      await page.locator('.tab', { hasText: 'Campaign: prospects.csv' }).first().click();
      r = await ui.webview({ css: '#share' });
      await r.locator('#rows tbody tr').first().waitFor();
      const q = await r.locator('#q').inputValue(), kind = await r.locator('#kind').inputValue();
      const after = await r.locator('#rows tbody tr').allInnerTexts();
      if (q !== 'Laval' || kind !== 'none' || after.join('\n') !== before.join('\n')) throw new Error(`after hide/show: filter "${q}", kind "${kind}", ${after.length} rows (was ${before.length})`);
      await r.locator('#q').fill('');
      await r.locator('#kind').selectOption('');
    });
    await step('a longer campaign: the progress notification shows rows, rows/s and errors; Cancel pauses it', async () => {
      const fs = await import('node:fs');
      const codes = ['IMB/59378/X/013S', 'IMB/85020/X/000I', 'IMB/91471/C/NT8X'];
      fs.writeFileSync(`${folder}/campaign/buildings.csv`, 'building\n' + Array.from({ length: 60 }, (_, i) => codes[i % 3]).join('\n') + '\n');
      await t.admin('faults', { latencyMs: 300 });
      await ui.command('View: Show Explorer');
      await explorerRow('buildings.csv').click({ button: 'right' });
      await ui.menuEntry('Run Campaign from CSV');
      await ui.pick('per row', 'Compare providers for each row');
      await ui.waitQuick('APIs to ask');
      await page.keyboard.press('Enter');
      await ui.pick('columns of buildings.csv', 'Run with this mapping');
      const toast = ui.notification(/Campaign buildings\.csv/);
      await toast.locator('.notification-list-item-message', { hasText: /\d+\/60 rows · [\d.]+ rows\/s .*no errors/ }).waitFor({ timeout: 60000 });
      await shot('26-progress.png');
      await toast.hover();
      await toast.locator('.monaco-button, .action-label', { hasText: 'Cancel' }).first().click();
    });
    await step('paused: the journal keeps the rows done; Resume sends only the rest and the panel shows all 60 rows', async () => {
      const paused = ui.notification(/Campaign buildings\.csv paused with \d+ rows done/);
      await paused.waitFor({ timeout: 30000 });
      const done = Number(/paused with (\d+) rows/.exec(await paused.innerText())[1]);
      if (!(done > 0 && done < 60)) throw new Error(`paused after ${done} rows`);
      await t.admin('faults', {});
      await paused.hover();
      await paused.locator('.monaco-button', { hasText: 'Resume' }).first().click();
      await ui.notification(/Campaign buildings\.csv: 60 rows, 0 with an API error, 0 unreadable/).waitFor({ timeout: 60000 });
      const r = await ui.webview({ css: '#share' });
      await r.locator('h1', { hasText: 'buildings.csv' }).waitFor();
      await r.locator('.kpi', { hasText: /^60\s*rows/ }).waitFor();
      const fs = await import('node:fs');
      const ids = fs.readFileSync(`${folder}/campaign/buildings.report.csv`, 'utf8').trim().split(/\r?\n/).slice(1).map(l => l.split(',')[0]);
      if (ids.join() !== Array.from({ length: 60 }, (_, i) => String(i + 1)).join()) throw new Error(`rows after resume: ${ids.join()}`);
    });
    await step('the CSV report on disk: one row per input row, in order, with the per-API columns', async () => {
      const fs = await import('node:fs');
      const text = fs.readFileSync(`${folder}/campaign/prospects.report.csv`, 'utf8');
      const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      if (!lines[0].startsWith('id,adresse,cp,ville,nd,note,row.line,ovh.best')) throw new Error(`header: ${lines[0]}`);
      if (lines.length !== 9 || !lines[1].startsWith('C-001,') || !lines[8].startsWith('C-008,')) throw new Error(`rows: ${lines.map(l => l.split(',')[0]).join()}`);
    });
  },
};
