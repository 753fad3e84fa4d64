// Journey 7: webview safety: API fields carrying HTML/script payloads (sandbox fault
// htmlPayload) render as text; no script runs, no element is injected.
const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';

export default {
  title: 'webview safety: HTML/script payloads in API fields render as text, nothing runs',
  readmeShots: { '07-webview-safety.png': 'webview-safety.png' },
  async run({ ui, page, step, admin, startSandbox }) {
    const dialogs = [];
    page.on('dialog', d => { dialogs.push(d.message()); void d.dismiss(); });
    await step('turn on the sandbox fault that injects the payload into text fields', async () => {
      await startSandbox();
      await admin('faults', { htmlPayload: true });
    });
    let panel;
    await step('Test Building… IMB/91471/C/NT8X', async () => {
      await ui.command('Eligibility: Test Building…');
      await ui.input('Test building', 'IMB/91471/C/NT8X');
      panel = await ui.webview({ css: '#offers-table' });
    });
    await step('the payload is visible as text in the offers', async () => {
      await panel.locator('[data-testid=offer-row]', { hasText: PAYLOAD }).first().waitFor();
    });
    await step('no injected element, no script ran, the CSP is strict', async () => {
      const report = await panel.locator('body').evaluate(() => ({
        imgs: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.scripts].filter(s => s.textContent.includes('alert')).length,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      }));
      if (report.imgs || report.scripts) throw new Error(`injected markup: ${JSON.stringify(report)}`);
      if (!/default-src 'none'/.test(report.csp)) throw new Error(`CSP: ${report.csp}`);
      if (dialogs.length) throw new Error(`a script ran: ${dialogs.join(', ')}`);
      await admin('faults', {});
      await ui.clearNotifications();
    });
  },
};
