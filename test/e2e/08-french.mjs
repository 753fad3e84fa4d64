// Journey 8: VS Code's display language is French (code-server --locale fr + a language pack,
// see test/e2e/fixtures/lang-fr): the view, the welcome, the palette, the input box and the
// results panel speak French; API terms (offer codes, operation names) stay as the APIs spell them.
export default {
  title: 'French UI: welcome, palette, input box and results panel in French; API terms unchanged',
  locale: 'fr',
  readmeShots: { '08-french.png': 'french-ui.png' },
  async run({ ui, page, step, shot }) {
    await step('the Eligibility view and its welcome are in French', async () => {
      const item = page.locator('.activitybar .action-item a[aria-label^="Éligibilité"]').first();
      await item.waitFor();
      await item.click();
      await page.locator('.sidebar .welcome-view-content', { hasText: /Vous êtes sur le profil Sandbox/ }).waitFor();
      await page.locator('.sidebar .welcome-view-content a', { hasText: 'Rechercher par code postal' }).waitFor();
      await shot('08-french-welcome.png');
    });
    await step('the palette lists "Éligibilité: Tester un immeuble…"; its input box is in French', async () => {
      await ui.command('Éligibilité: Tester un immeuble…');
      await ui.waitQuick('Tester un immeuble');
      await page.locator('.quick-input-box input').fill('IMB/1');
      await page.locator('.quick-input-message', { hasText: /Un code immeuble ressemble à IMB\/91471\/C\/NT8X/ }).waitFor();
      await ui.input('Tester un immeuble', 'IMB/91471/C/NT8X');
    });
    await step('the results panel: French labels, offer codes as the API spells them', async () => {
      const panel = await ui.webview({ css: '#offers-table' });
      await panel.locator('#action-rerun', { hasText: 'Relancer' }).waitFor();
      await panel.locator('#action-copy-curl', { hasText: 'Copier en cURL' }).waitFor();
      await panel.locator('[data-testid=offer-row][data-code="FTTH-MAX-1G"]').waitFor();
      await page.locator('.tab', { hasText: 'Immeuble IMB/91471/C/NT8X' }).first().waitFor();
      await ui.clearNotifications();
      await shot('08-french.png');
    });
  },
};
