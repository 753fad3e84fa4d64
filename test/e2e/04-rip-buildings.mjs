// Journey 4: RIP qualification on an address with several buildings: the panel shows the
// building picker; a click re-runs for that building and shows the qualification items.
export default {
  title: 'RIP qualification: notComputed → building picker → click → qualification items',
  readmeShots: { '04-rip-buildings.png': 'rip-items.png', '04-picker.png': 'rip-building-picker.png' },
  async run({ ui, step, shot }) {
    await step('F1 → "Eligibility: RIP Qualification…" by INSEE + RIVOLI code, ftte', async () => {
      await ui.command('Eligibility: RIP Qualification…');
      await ui.pick('RIP qualification (1/3)', 'INSEE + RIVOLI code');
      await ui.input('RIP qualification (2/3)', '85020/012R');
      await ui.pick('RIP qualification (3/3)', 'ftte');
    });
    let panel;
    await step('the panel shows the 6 buildings to choose from', async () => {
      panel = await ui.webview({ css: '#building-picker' });
      await panel.locator('#qualification-result', { hasText: 'notComputed' }).waitFor().catch(() => {});
      const n = await panel.locator('[data-testid=building-choice]').count();
      if (n !== 6) throw new Error(`${n} buildings in the picker, expected 6`);
      await ui.clearNotifications();
      await shot('04-picker.png');
    });
    await step('click building M1 (IMB/85020/X/000I): the request re-runs for it', async () => {
      await panel.locator('[data-testid=building-choice][data-code="IMB/85020/X/000I"]').click();
      panel = await ui.webview({ css: '[data-testid=rip-item]' });
      await panel.locator('#header-params', { hasText: 'IMB/85020/X/000I' }).waitFor();
      if ((await panel.locator('[data-testid=rip-item]').count()) < 1) throw new Error('no qualification items');
      await ui.clearNotifications();
      await panel.locator('#rip-items').scrollIntoViewIfNeeded();
    });
  },
};
