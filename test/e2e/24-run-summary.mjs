// Journey 24: "Run all" on a mixed request file opens the run summary: every request with its
// status and duration, the expected failure counted as passed, "Failed only", a click → the result
// with its honest badge ("Assertions failed", not "OK").
export default {
  title: 'Run all → run summary (statuses, expected failure as passed, failed only, click → result with its badge)',
  readmeShots: { '24-summary.png': 'run-summary.png' },
  async run({ ui, page, step, shot }) {
    await step('open requests/mixed.elig.json, click the CodeLens "Run all (6)"', async () => {
      await ui.openFile('mixed.elig.json');
      await ui.codeLens('Run all (6)').click();
    });
    let summary;
    await step('the summary lists 6 requests: 3 passed (one as an expected failure), 2 failed, 1 skipped', async () => {
      summary = await ui.webview({ css: '#summary-table' });
      await summary.locator('[data-count=passed][data-value="3"]').waitFor();
      await summary.locator('[data-count=failed][data-value="2"]').waitFor();
      await summary.locator('[data-count=skipped][data-value="1"]').waitFor();
      if ((await summary.locator('[data-testid=summary-row]').count()) !== 6) throw new Error('expected 6 rows');
      const expected = summary.locator('[data-testid=summary-row][data-status=expected-failure]');
      await expected.locator('.badge.ok', { hasText: 'Failed as expected' }).waitFor();
      await summary.locator('[data-testid=summary-row][data-status=failed]', { hasText: /VDSL/ }).first().waitFor();
      await summary.locator('[data-testid=summary-row][data-status=passed] td.num', { hasText: / ms$/ }).first().waitFor();
      // the panel sits beside the request file (half width): the table fits, the durations stay in view,
      // the first failure reads under the request's name
      const fit = await summary.locator('#summary-table').evaluate(t => {
        const view = document.documentElement.clientWidth, nums = [...t.querySelectorAll('td.num')].map(td => td.getBoundingClientRect().right);
        return { view, table: t.getBoundingClientRect().width, right: Math.max(...nums) };
      });
      if (fit.table > fit.view + 1 || fit.right > fit.view + 1) throw new Error(`the summary overflows its panel: ${JSON.stringify(fit)}`);
      await summary.locator('[data-testid=summary-row][data-status=failed] td.name .detail', { hasText: /First failed assertion/ }).first().waitFor();
      await ui.clearNotifications();
      await shot('24-summary.png');
    });
    await step('"Failed only" keeps the two failed requests', async () => {
      await summary.locator('#failed-only').check();
      await page.waitForFunction(() => true);
      await summary.locator('[data-testid=summary-row][data-status=passed]').first().waitFor({ state: 'detached' });
      if ((await summary.locator('[data-testid=summary-row]').count()) !== 2) throw new Error('expected 2 rows when failed only');
    });
    await step('a click on a failed request shows its result: badge "Assertions failed", the failed assertion', async () => {
      await summary.locator('[data-testid=summary-row][data-status=failed]', { hasText: /VDSL/ }).locator('button.open-result').click();
      const panel = await ui.webview({ css: '#result-status[data-badge=assertions-failed]' });
      await panel.locator('#result-status', { hasText: 'Assertions failed' }).waitFor();
      await panel.locator('[data-testid=assertion][data-passed=false]', { hasText: /VDSL/ }).first().waitFor();
    });
  },
};
