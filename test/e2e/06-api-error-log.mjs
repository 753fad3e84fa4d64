// Journey 6: an API error (Orange b2b: 404, code 4042 unknown building) is shown with its status,
// code, message and a next step;
// the log shows the calls with the secrets redacted.
import fs from 'node:fs';

export default {
  title: 'API error (unknown building): code, message, next step; the log shows calls, secrets redacted',
  readmeShots: { '06-api-error-log.png': 'api-error-log.png', '06-error.png': 'api-error.png' },
  async run({ ui, page, step, shot, logFile }) {
    await step('a successful Orange call first (its Bearer token and API key must not reach the log)', async () => {
      await ui.command('Eligibility: Orange POI Look-up…');
      await ui.input('Orange POI look-up', 'IMB/59378/X/013S');
      await ui.webview({ css: '#support-matrix' });
    });
    let panel;
    await step('F1 → "Eligibility: Orange POI Look-up…" of an unknown building IMB/99999/X/ZZZZ', async () => {
      await ui.clearNotifications();
      await ui.closeEditors();
      await ui.command('Eligibility: Orange POI Look-up…');
      await ui.input('Orange POI look-up', 'IMB/99999/X/ZZZZ');
    });
    await step('the panel shows the error: HTTP 404, code 4042, the message, a next step', async () => {
      panel = await ui.webview({ css: '#error' });
      await panel.locator('#error-status', { hasText: '404' }).waitFor();
      await panel.locator('#error-code', { hasText: '4042' }).waitFor();
      await panel.locator('#error-message', { hasText: /unknown building/i }).waitFor();
      await panel.locator('#next-step[data-step]').waitFor();
      await ui.notification(/unknown building/i).waitFor();
      await shot('06-error.png');
    });
    await step('"Open log" shows the Eligibility log with the calls', async () => {
      await ui.clearNotifications();
      await panel.locator('#open-log').click();
      const out = page.locator('.part.panel .monaco-editor .view-lines');
      await out.getByText(/b2b\/v1\/poi/).first().waitFor();
    });
    await step('the log file holds the calls with secrets redacted', async () => {
      const text = fs.readFileSync(logFile(), 'utf8');
      if (!/eligibility\/b2b\/v1\/poi/.test(text)) throw new Error('the Orange call is not in the log');
      for (const s of ['sandbox-client-secret', 'sandbox-api-key', Buffer.from('sandbox-client-id:sandbox-client-secret').toString('base64')]) {
        if (text.includes(s)) throw new Error(`the log contains the secret ${s}`);
      }
      if (/Bearer [A-Za-z0-9_-]{16,}/.test(text)) throw new Error('the log contains a bearer token');
    });
  },
};
