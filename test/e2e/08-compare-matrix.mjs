// Journey 8: one place, every provider. From the explorer tree (69003 → LYON → RUE DES EXEMPLES → 11)
// "Compare Providers Here…" opens the matrix: OVHcloud, Orange b2b and Orange RIP side by side, the
// FTTH disagreement in one line (RIP and b2b eligible, OVH's FTTH offers NETWORK_SATURATED); a click
// on the OVH FTTH cell opens the underlying test/building result. Then the palette with an ambiguous
// address (six buildings): a quick pick, and the matrix for the chosen building.
export default {
  title: 'compare: tree → Compare Providers Here… → matrix, disagreement, cell → result; palette + building pick',
  readmeShots: { '08-matrix.png': 'compare-matrix.png' },
  async run({ ui, page, step, shot }) {
    await step('open the view and search 69003', async () => {
      await ui.openView();
      await page.locator('.sidebar .welcome-view-content a', { hasText: 'Search by zip code' }).click();
      await ui.input('zip code', '69003');
      await ui.expand('LYON');
      await ui.expand('RUE DES EXEMPLES');
      await ui.treeRow('11').waitFor();
    });
    await step('right-click number 11 → Compare Providers Here…', async () => {
      await ui.rowMenu('11', 'Compare Providers Here');
    });
    await step('the matrix shows the three providers, colour-coded, and the FTTH disagreement', async () => {
      const m = await ui.webview({ css: '#matrix' });
      await m.locator('body[data-rendered]').waitFor({ state: 'attached' });
      const ftth = m.locator('[data-testid=matrix-row][data-tech=FTTH]');
      await ftth.locator('td[data-api=orange-rip][data-status=eligible]').waitFor();
      await ftth.locator('td[data-api=orange-b2b][data-status=eligible]').waitFor();
      await ftth.locator('td[data-api=ovh][data-status=not-eligible]', { hasText: 'NETWORK_SATURATED' }).waitFor();
      await m.locator('[data-testid=disagreement][data-tech=FTTH]', { hasText: /Orange RIP eligible.*OVHcloud not eligible \(NETWORK_SATURATED/ }).waitFor();
      const colour = await ftth.locator('td[data-api=orange-rip]').evaluate(el => getComputedStyle(el).backgroundColor);
      if (!colour || colour === 'rgba(0, 0, 0, 0)') throw new Error('eligible cell has no theme colour');
      await ui.clearNotifications();
      await shot('08-matrix.png');
    });
    await step('the resolution trace is folded below and lists the calls', async () => {
      const m = await ui.webview({ css: '#matrix' });
      const trace = m.locator('#trace');
      if (await trace.getAttribute('open') !== null) throw new Error('trace should be folded');
      await trace.locator('summary').click();
      await trace.locator('[data-testid=call][data-api=ovh]', { hasText: 'test/building' }).waitFor();
    });
    await step('click the OVH FTTH cell → the test/building result panel', async () => {
      const m = await ui.webview({ css: '#matrix' });
      await m.locator('[data-testid=matrix-row][data-tech=FTTH] td[data-api=ovh] button.cell').click();
      const r = await ui.webview({ css: '#offers-table' });
      await r.locator('#header-operation', { hasText: 'test/building' }).waitFor();
      await r.locator('[data-testid=offer-row][data-eligible=false]').first().waitFor();
    });
    await step('palette: Compare Providers Here… with an address of six buildings → pick BAT B', async () => {
      await ui.command('Eligibility: Compare Providers Here');
      await ui.input('Compare providers', '38 rue des exemples, 69003 Lyon');
      await ui.pick('Which building', 'BAT B');
      const m = await ui.webview({ css: '#matrix-query' });
      await m.locator('body[data-rendered="38 RUE DES EXEMPLES, 69003 LYON"]').waitFor({ state: 'attached' });
      await m.locator('[data-testid=matrix-row][data-tech=FTTH] td[data-api=orange-rip]:not([data-status=needs-choice])').waitFor();
      await m.locator('#trace').evaluate(el => { el.open = true; });
      await m.locator('#trace', { hasText: 'IMB/69383/A/0089' }).first().waitFor();
    });
  },
};
