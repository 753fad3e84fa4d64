// Journey 21 (issue 13 item 6): fixing input instead of reading a log. An Orange POI look-up of an
// unknown address fails (404, code 4041, next step "Edit the request"): the button opens the call as
// an untitled .elig.json with the offending parameter selected. "Save as .elig.json" of the failed
// call records the observed error as expect.error, so the saved request passes when run.
export default {
  title: 'Edit the request on an input error; Save as .elig.json records expect.error',
  readmeShots: { '21-edit-request-selected.png': 'edit-request.png' },
  async run({ ui, page, step, shot }) {
    const address = '1 rue de nulle part, 99999 Nowhere';
    let panel;
    await step(`F1 → "Eligibility: Orange POI Look-up…" "${address}" → 404, code 4041`, async () => {
      await ui.command('Eligibility: Orange POI Look-up…');
      await ui.input('Orange POI look-up', address);
      panel = await ui.webview({ css: '#error' });
      await panel.locator('#error-code', { hasText: '4041' }).waitFor();
    });
    await step('"Edit the request" opens an untitled .elig.json beside the result, the fullTextAddress value selected', async () => {
      await ui.clearNotifications();
      await panel.locator('#next-step[data-step="fix-input"]', { hasText: 'Edit the request' }).click();
      await ui.tab('.elig.json').waitFor();
      await ui.editorLines().getByText(address).first().waitFor();
      // "fullTextAddress": "<address>" is on line 8: the whole value is selected
      await page.locator('.statusbar-item', { hasText: new RegExp(`Ln 8, Col \\d+ \\(${address.length} selected\\)`) }).first().waitFor();
      // the request opened beside the result, not over it: the result is still the active tab of its group
      await page.locator('.tabs-container .tab.active', { hasText: 'poi 1 rue de nulle part' }).waitFor();
      await shot('21-edit-request-selected.png');
    });
    await step('back to the failed result: "Save as .elig.json" records the error as expect.error', async () => {
      await ui.tab('poi 1 rue de nulle part').click();
      panel = await ui.webview({ css: '#error' });
      await panel.locator('#action-save').click();
      await ui.tab('orange-b2b-poi-2.elig.json').waitFor();
      await ui.editorLines().locator('.view-line', { hasText: /"expect":/ }).first().waitFor();
      await ui.editorLines().locator('.view-line', { hasText: /"code":\s"4041"/ }).first().waitFor();
    });
    await step('the saved request runs from its CodeLens and passes (the failure was expected)', async () => {
      await ui.codeLens(/^Run$|^▶ Run$|Run request/).click();
      // the result opens in the one results column: its assertions say the expected failure passed
      const result = await ui.webview({ css: '#assertions[data-failed="0"]' });
      await result.locator('[data-testid=assertion][data-passed=true]', { hasText: 'error code is 4041' }).waitFor();
    });
  },
};
