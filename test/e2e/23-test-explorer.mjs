// Journey 23: the Testing view lists the request files and their requests; running a file from
// VS Code's own Test commands marks each request passed / failed / skipped, and a failed assertion
// opens VS Code's peek with its expected / actual diff at the request.
export default {
  title: 'Test Explorer: request files → requests, run, states, failed assertion as an expected/actual diff',
  readmeShots: { '23-tests.png': 'test-explorer.png' },
  settings: { 'testing.automaticallyOpenPeekView': 'failureInVisibleDocument' },
  async run({ ui, page, step, shot }) {
    const explorer = page.locator('.sidebar .test-explorer');
    const row = label => explorer.locator('.monaco-list-row', { hasText: label }).first();
    await step('open the Testing view: the request files are listed', async () => {
      await ui.command('Testing: Focus on Test Explorer View');
      await row('mixed.elig.json').waitFor();
      await row('ovh-checks.elig.json').waitFor();
    });
    await step('expand mixed.elig.json: its six requests, by name', async () => {
      const file = row('mixed.elig.json');
      if ((await file.getAttribute('aria-expanded')) !== 'true') await file.locator('.monaco-tl-twistie').click();
      await row('passes: fiber building').waitFor();
      await row('skipped: waiting for the provider').waitFor();
    });
    await step('open the file and run its tests ("Test: Run Tests in Current File")', async () => {
      await ui.openFile('mixed.elig.json');
      await ui.command('Test: Run Tests in Current File');
    });
    await step('each request gets its state in the Testing view', async () => {
      await row('passes: fiber building').locator('.codicon-testing-passed-icon').waitFor();
      await row('passes: expected error').locator('.codicon-testing-passed-icon').waitFor();
      await row('fails: VDSL is not eligible on this line').locator('.codicon-testing-failed-icon').waitFor();
      await row('skipped: waiting for the provider').locator('.codicon-testing-skipped-icon').waitFor();
    });
    await step('the failed assertion opens the peek at the request, with expected / actual', async () => {
      const peek = page.locator('.editor-instance .peekview-widget').first();
      await peek.waitFor();
      await peek.getByText(/VDSL is eligible|offer count is 8|buildings to choose/).first().waitFor();
      await ui.clearNotifications();
      await shot('23-tests.png');
    });
  },
};
