// Journey 9: an operation OVHcloud's schema marks BETA says so: run test/building/partners from
// examples/ovh/partners.elig.json with its CodeLens; the results panel shows a BETA badge by the
// operation, its note (from the panel's labels) naming the status.
export default {
  title: 'A BETA operation (test/building/partners) shows a BETA badge in the results panel',
  async run({ ui, page, step }) {
    await step('open examples/ovh/partners.elig.json from Quick Open', async () => {
      await ui.openFile('partners.elig.json');
      await ui.codeLens('Run all (4)').waitFor();
    });
    await step('click "Run" above the third request (Partners: building, signed)', async () => {
      const run = page.locator('.editor-instance .codelens-decoration a', { hasText: /^▶ Run$/ });
      await run.nth(3).waitFor();
      await run.nth(2).click();
    });
    await step('the panel shows the operation with a BETA badge and its note', async () => {
      const panel = await ui.webview({ css: '#operation-stage' });
      await panel.locator('#header-operation', { hasText: 'test/building/partners' }).waitFor();
      const badge = panel.locator('#operation-stage');
      if ((await badge.textContent())?.trim() !== 'BETA') throw new Error(`badge: ${await badge.textContent()}`);
      const note = await badge.getAttribute('title');
      if (!note || !/BETA/.test(note) || /\{0\}/.test(note)) throw new Error(`badge note: ${note}`);
      await panel.locator('#result-status[data-ok=true]').waitFor();
    });
  },
};
