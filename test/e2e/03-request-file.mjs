// Journey 3: open an .elig.json of the workspace, completion suggests the operations, click the
// CodeLens "Run all", the assertion results pass and fail (inline, in the run summary and in the panel).
export default {
  title: '.elig.json: completion of operations, CodeLens "Run all", assertions pass and fail',
  readmeShots: { '03-request-file.png': 'request-file.png', '03-completion.png': 'request-completion.png' },
  async run({ ui, page, step, shot }) {
    await step('open harness/ovh-checks.elig.json from Quick Open', async () => {
      await ui.openFile('ovh-checks.elig.json');
      await ui.codeLens('Run all (3)').waitFor();
    });
    await step('clear the first "operation" value: completion suggests the operations, pick test/building again', async () => {
      await ui.editorLines().click();
      await page.keyboard.press('Control+G');
      await ui.waitQuick();
      await page.locator('.quick-input-box input').fill(':7:20');
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: 'Ln 7, Col 20' }).first().waitFor();
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      await page.keyboard.type('"",'); // auto-closing quotes: the second " types over the closing one
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      const suggest = page.locator('.editor-widget.suggest-widget');
      // the JSON language server may still be loading the schema: ask again until its operations are offered
      const deadline = Date.now() + 30000;
      for (;;) {
        await page.keyboard.press('Control+Space');
        await suggest.locator('.monaco-list-row').first().waitFor();
        if (await suggest.locator('.monaco-list-row', { hasText: 'search/' }).first().waitFor({ timeout: 2000 }).then(() => true, () => false)) break;
        if (Date.now() > deadline) throw new Error('the schema\'s operations never appeared in the completion list');
        await page.keyboard.press('Escape');
        await suggest.waitFor({ state: 'hidden' });
      }
      await shot('03-completion.png');
      await page.keyboard.type('test/');
      await suggest.locator('.monaco-list-row', { hasText: 'test/line' }).first().waitFor();
      await suggest.locator('.monaco-list-row', { hasText: 'test/otp' }).first().waitFor();
      await suggest.locator('.monaco-list-row', { hasText: /test\/building"?$/ }).first().click();
      await suggest.waitFor({ state: 'hidden' });
      await ui.editorLines().locator('.view-line', { hasText: '"operation": "test/building",' }).first().waitFor();
    });
    await step('click the CodeLens "Run all"', async () => {
      await ui.codeLens('Run all (3)').click();
    });
    await step('inline results: two requests pass, one fails with what was expected', async () => {
      await ui.codeLens(/^✓ \d+\/\d+ passed$/).waitFor();
      await ui.codeLens(/^✗ 1 of \d+ failed: .*99 offers/).waitFor();
      if ((await page.locator('.editor-instance .codelens-decoration', { hasText: /✓ \d+\/\d+ passed/ }).count()) !== 2) throw new Error('expected 2 passing requests');
    });
    await step('the run summary lists the three requests; a click on the failed one shows its assertions', async () => {
      const summary = await ui.webview({ css: '#summary-table' });
      await summary.locator('[data-count=passed][data-value="2"]').waitFor();
      await summary.locator('[data-testid=summary-row][data-status=failed] button.open-result').click();
      const panel = await ui.webview({ css: '#assertions' });
      await panel.locator('#result-status[data-badge=assertions-failed]').waitFor();
      await panel.locator('#assertions[data-failed="1"]').waitFor();
      await panel.locator('[data-testid=assertion][data-passed=false]', { hasText: /99/ }).waitFor();
      await ui.notification(/2 passed, 1 failed/).waitFor();
    });
  },
};
