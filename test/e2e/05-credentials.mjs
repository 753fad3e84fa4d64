// Journey 5: set the credentials of an Orange profile through the UI (masked inputs, checked by a
// real token call); an expired token mid-session (sandbox admin) is refreshed invisibly; clearing
// the credentials makes the next call ask for them again.
const ORANGE = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret', apiKey: 'sandbox-api-key' };

export default {
  title: 'Orange profile: set credentials via UI, token expiry refreshed invisibly, clear → asked again',
  readmeShots: { '05-credentials.png': 'credentials-asked-again.png', '05-orange-poi.png': 'orange-poi.png' },
  async run({ ui, page, step, shot, sandboxUrl, admin, logFile, startSandbox }) {
    await step('the embedded sandbox plays the Orange endpoint', () => startSandbox());
    await step('F1 → "Eligibility: Add Profile…" Orange, endpoint = the sandbox, name "Orange sandbox"', async () => {
      await ui.command('Eligibility: Add Profile…');
      await ui.pick('Add profile: APIs', 'Orange (Business Eligibility + RIP)');
      await ui.input('Add profile: Orange endpoint', sandboxUrl);
      await ui.input('Add profile: name', 'Orange sandbox');
      await page.locator('.statusbar-item', { hasText: 'Orange sandbox' }).first().waitFor();
    });
    await step('"Set credentials" from the notification: three masked inputs (the API key optional)', async () => {
      await ui.notification('Profile Orange sandbox: Orange calls go to').locator('.monaco-button', { hasText: 'Set credentials' }).click();
      await ui.waitQuick('Orange credentials of Orange sandbox (1/3)');
      if ((await page.locator('.quick-input-box input').getAttribute('type')) !== 'password') throw new Error('the input is not masked');
      await ui.input('(1/3)', ORANGE.clientId);
      await ui.input('(2/3)', ORANGE.clientSecret);
      await ui.input('(3/3)', ORANGE.apiKey);
      await ui.notification(/Credentials of Orange sandbox saved/).waitFor();
    });
    let panel;
    await step('Orange POI look-up with the profile: the support matrix', async () => {
      await ui.clearNotifications();
      await ui.command('Eligibility: Orange POI Look-up…');
      await ui.input('Orange POI look-up', 'IMB/59378/X/013S');
      panel = await ui.webview({ css: '#support-matrix' });
      await panel.locator('#header-profile', { hasText: 'Orange sandbox' }).waitFor();
      // the POI has fiber and a 2 Mb/s SDSL: Best is a fiber offer, and the table's default order starts with it
      await panel.locator('#summary-best[data-technology=FTTO]').waitFor();
      const order = await panel.locator('[data-testid=offer-row]').evaluateAll(rows => rows.map(r => r.getAttribute('data-code')));
      if (order.join() !== 'ftto,ftte,ftth,sdsl,adsl') throw new Error(`offers order: ${order.join()} (fiber first, the Best on top)`);
      await shot('05-orange-poi.png');
    });
    await step('the token expires mid-session; Re-run still succeeds, no error shown', async () => {
      const before = (await admin('counters')).tokenRequests;
      await admin('expire-tokens', {});
      const rendered = await panel.locator('body').getAttribute('data-rendered');
      await panel.locator('#action-rerun').click();
      await panel.locator(`body:not([data-rendered="${rendered}"])`).waitFor();
      await panel.locator('#result-status[data-ok=true]').waitFor();
      if (await panel.locator('#error').count()) throw new Error('an error is shown after the token expired');
      const after = (await admin('counters')).tokenRequests;
      if (after <= before) throw new Error('no new token was requested');
    });
    await step('F1 → "Eligibility: Clear Credentials…", confirm', async () => {
      await ui.command('Eligibility: Clear Credentials…');
      await ui.dialogButton('Clear');
      await ui.notification(/Credentials of Orange sandbox cleared/).waitFor();
    });
    await step('the next call fails with "No Orange … credentials are stored"; its "Set credentials" asks again', async () => {
      await ui.clearNotifications();
      await ui.command('Eligibility: Orange POI Look-up…');
      await ui.input('Orange POI look-up', 'IMB/59378/X/013S');
      // (the results panel of this failure is not checked here: a results panel opened right after
      // the Clear credentials modal intermittently stays blank in code-server 1.100; reported)
      const toast = ui.notification(/No Orange .*credentials are stored for profile "Orange sandbox"/);
      await toast.locator('.monaco-button', { hasText: 'Set credentials' }).click();
      await ui.waitQuick('Orange credentials of Orange sandbox (1/3)');
      if ((await page.locator('.quick-input-box input').getAttribute('type')) !== 'password') throw new Error('the input is not masked');
    });
    await step('no secret in the log file', async () => {
      const fs = await import('node:fs');
      const text = fs.readFileSync(logFile(), 'utf8');
      for (const s of [ORANGE.clientSecret, ORANGE.apiKey]) if (text.includes(s)) throw new Error(`the log contains ${s}`);
    });
  },
};
