// Journey 1: a new user opens the Eligibility view, follows the welcome, searches
// 91400 → ORSAY → RUE DU VERGER → 2 → the building, runs the building test and reads the
// eligible offers in the results panel.
export default {
  title: 'new user: welcome → 91400 → ORSAY → RUE DU VERGER → 2 → building → eligible offers',
  readmeShots: { '01-address-flow.png': 'building-offers.png', '01-tree.png': 'explorer-tree.png', '01-welcome.png': 'welcome.png' },
  async run({ ui, page, step, shot }) {
    await step('open the Eligibility view: the welcome explains the first step', async () => {
      await ui.openView();
      await page.locator('.sidebar .welcome-view-content', { hasText: /Sandbox/ }).waitFor();
      await shot('01-welcome.png');
    });
    await step('follow the welcome link "Search by zip code" and type 91400', async () => {
      await page.locator('.sidebar .welcome-view-content a', { hasText: 'Search by zip code' }).click();
      await ui.input('zip code', '91400');
    });
    await step('the zip code lists its localities; expand ORSAY', async () => {
      await ui.treeRow('ORSAY').waitFor();
      await ui.treeRow('SACLAY').waitFor();
      await ui.expand('ORSAY');
    });
    await step('expand RUE DU VERGER, then number 2', async () => {
      await ui.expand('RUE DU VERGER');
      await ui.expand('2');
    });
    await step('the number shows its building IMB/91471/C/NT8X', async () => {
      await page.locator('.sidebar .monaco-list-row', { hasText: 'IMB/91471/C/NT8X' }).first().waitFor();
      await shot('01-tree.png');
    });
    await step('run the building test from the row', async () => {
      const row = page.locator('.sidebar .monaco-list-row', { hasText: 'IMB/91471/C/NT8X' }).first();
      await row.hover();
      await row.locator('.actions .action-label[aria-label^="Test Eligibility"]').click();
    });
    await step('the panel shows the building and its eligible offers first', async () => {
      const panel = await ui.webview({ css: '#offers-table' });
      await panel.locator('#header-params', { hasText: 'IMB/91471/C/NT8X' }).waitFor();
      await panel.locator('[data-testid=offer-row][data-code="FTTH-MAX-1G"][data-eligible=true]').waitFor();
      const first = await panel.locator('[data-testid=offer-row]').first().getAttribute('data-eligible');
      if (first !== 'true') throw new Error('eligible offers are not listed first');
      await ui.clearNotifications();
    });
  },
};
