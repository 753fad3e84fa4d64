// Journey 2: test an active line from the command palette; the panel shows the copper details
// (line sections with their lengths, pairs) and the reasons of the non-eligible offers.
export default {
  title: 'Test Line… from the palette: copper info (sections, pairs) and non-eligible reasons',
  readmeShots: { '02-line-palette.png': 'line-copper.png' },
  async run({ ui, page, step }) {
    await step('F1 → "Eligibility: Test Line…"; the input validates as you type', async () => {
      await ui.command('Eligibility: Test Line…');
      await ui.waitQuick('Test line (1/2)');
      await page.locator('.quick-input-box input').fill('01234');
      await page.locator('.quick-input-message', { hasText: /10 digits/ }).waitFor();
      await ui.input('Test line (1/2)', '0123456789');
      await ui.pick('Test line (2/2)', 'active');
    });
    let panel;
    await step('the panel shows the line test with the non-eligible offers\' reasons', async () => {
      panel = await ui.webview({ css: '#offers-table' });
      await panel.locator('#header-params', { hasText: '0123456789' }).waitFor();
      const row = panel.locator('[data-testid=offer-row][data-code="SDSL-1M-1P"][data-eligible=false]');
      await row.waitFor();
      await row.getByText(/Too much attenuation/i).first().waitFor();
    });
    await step('the copper card lists the line sections (lengths) and the pairs', async () => {
      const copper = panel.locator('#endpoint-copper');
      await copper.waitFor();
      await copper.getByText('Pairs').waitFor();
      if ((await panel.locator('[data-testid=copper-section]').count()) < 1) throw new Error('no copper section rows');
      await panel.locator('#copper-sections caption', { hasText: /Line sections \(total \d+ m\)/ }).waitFor();
      await ui.clearNotifications();
      await copper.scrollIntoViewIfNeeded();
    });
  },
};
