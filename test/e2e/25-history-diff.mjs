// Journey 25: results are kept across a window reload; the history picker filters them; "Compare
// with…" on a row diffs two results of the same call (here: a building that answered, then an error).
export default {
  title: 'History across a reload, filter, Compare with… → diff (outcome change, offers lost)',
  readmeShots: { '25-diff.png': 'result-diff.png' },
  async run({ ui, page, step, shot, admin }) {
    let panel;
    await step('F1 → "Eligibility: Test Building…" IMB/91471/C/NT8X: offers, badge OK', async () => {
      await ui.command('Eligibility: Test Building…');
      await ui.input('Test building', 'IMB/91471/C/NT8X');
      panel = await ui.webview({ css: '#offers-table' });
      await panel.locator('#result-status[data-badge=ok]').waitFor();
    });
    await step('the provider now answers 404: Re-run shows the error with the badge "Error"', async () => {
      await admin('faults', { rules: [{ kind: 'status', status: 404, path: '/1.0/connectivity/eligibility/test/building' }] });
      const rendered = await panel.locator('body').getAttribute('data-rendered');
      await panel.locator('#action-rerun').click();
      await panel.locator(`body:not([data-rendered="${rendered}"])`).waitFor();
      await panel.locator('#result-status[data-badge=error]').waitFor();
    });
    await step('reload the window', async () => {
      await ui.closeEditors();
      await ui.command('Developer: Reload Window');
      await page.locator('.monaco-workbench').waitFor({ state: 'detached' }).catch(() => {});
      await ui.ready();
    });
    const quick = page.locator('.quick-input-widget');
    await step('F1 → "Eligibility: Show Result History…": both results are still there; the filter keeps them', async () => {
      await ui.command('Eligibility: Show Result History…');
      await ui.waitQuick('Eligibility results');
      await page.locator('.quick-input-box input').fill('NT8X');
      const rows = quick.locator('.quick-input-list .monaco-list-row', { hasText: 'IMB/91471/C/NT8X' });
      await rows.nth(1).waitFor();
      await page.locator('.quick-input-box input').fill('NT8X no such thing');
      await rows.first().waitFor({ state: 'detached' });
      await page.locator('.quick-input-box input').fill('NT8X');
      await rows.nth(1).waitFor();
    });
    await step('"Compare with…" on the newest row, pick the other result', async () => {
      const row = quick.locator('.quick-input-list .monaco-list-row', { hasText: 'IMB/91471/C/NT8X' }).first();
      await row.hover();
      await row.locator('.action-label[aria-label="Compare with…"]').click();
      await ui.waitQuick('with…');
      await quick.locator('.quick-input-list .monaco-list-row', { hasText: 'IMB/91471/C/NT8X' }).first().click();
    });
    await step('the diff: the outcome changed (OK → 404) and every offer was lost', async () => {
      const diff = await ui.webview({ css: '#diff-outcome' });
      await diff.locator('#diff-outcome[data-changed=true]').waitFor();
      await diff.locator('#diff-outcome', { hasText: '404' }).waitFor();
      if ((await diff.locator('[data-testid=diff-item][data-kind=lost]').count()) < 1) throw new Error('no offer lost in the diff');
      await ui.clearNotifications();
      await shot('25-diff.png');
    });
  },
};
