// Journey 3: open an .elig.json of the workspace, completion suggests the operations, click the
// CodeLens "Run all", the assertion results pass and fail (inline and in the panel).
export default {
  title: '.elig.json: completion of operations, CodeLens "Run all", assertions pass and fail',
  readmeShots: { '03-request-file.png': 'request-file.png', '03-completion.png': 'request-completion.png' },
  async run({ ui, page, step, shot }) {
    await step('open harness/ovh-checks.elig.json from Quick Open', async () => {
      await ui.openFile('ovh-checks.elig.json');
      await ui.codeLens('Run all (3)').waitFor();
    });
    await step('completion inside "operation" suggests the operations', async () => {
      await ui.editorLines().locator('span[class^=mtk]', { hasText: /^"test\/building"$/ }).first().click();
      await page.keyboard.press('Control+Space');
      const suggest = page.locator('.editor-widget.suggest-widget');
      await suggest.locator('.monaco-list-row', { hasText: 'test/line' }).first().waitFor();
      await suggest.locator('.monaco-list-row', { hasText: 'search/cities' }).first().waitFor();
      await shot('03-completion.png');
      await page.keyboard.press('Escape');
      await suggest.waitFor({ state: 'hidden' });
    });
    await step('click the CodeLens "Run all"', async () => {
      await ui.codeLens('Run all (3)').click();
    });
    await step('inline results: two requests pass, one fails with what was expected', async () => {
      await ui.codeLens(/^✓ \d+\/\d+ passed$/).waitFor();
      await ui.codeLens(/^✗ 1 of \d+ failed: .*99 offers/).waitFor();
      if ((await page.locator('.editor-instance .codelens-decoration', { hasText: /✓ \d+\/\d+ passed/ }).count()) !== 2) throw new Error('expected 2 passing requests');
    });
    await step('the panel shows the failed request\'s assertions', async () => {
      const panel = await ui.webview({ css: '#assertions' });
      await panel.locator('#assertions[data-failed="1"]').waitFor();
      await panel.locator('[data-testid=assertion][data-passed=false]', { hasText: /99/ }).waitFor();
      await ui.notification(/2 passed, 1 failed/).waitFor();
    });
  },
};
