// Journey 20 (issue 13 item 5): a result is exported for support: "Export for Support…" writes a HAR
// of every HTTP exchange of the call (the OVH task's polls included, X-OVH-QUERYID kept, secrets
// redacted) and a Markdown summary ready to paste in a ticket, opened from the notification.
import fs from 'node:fs';
import path from 'node:path';

export default {
  title: 'Export for Support…: HAR of every exchange + Markdown summary for a ticket',
  readmeShots: { '20-support-export.png': 'support-export.png' },
  async run({ ui, page, step, shot, folder }) {
    let panel;
    await step('F1 → "Eligibility: Test Building…" IMB/91471/C/NT8X (an OVH task, polled)', async () => {
      await ui.command('Eligibility: Test Building…');
      await ui.input('Test building', 'IMB/91471/C/NT8X');
      panel = await ui.webview({ css: '#summary' });
    });
    await step('"Best" names the fiber (core bestOffer rule)', async () => {
      await panel.locator('#summary-best[data-technology="FTTH"]').waitFor();
    });
    await step('click "Export for Support…" and accept the proposed file in the workspace', async () => {
      await panel.locator('#action-export-support').click();
      await ui.waitQuick();
      const input = page.locator('.quick-input-box input');
      await page.waitForFunction(() => /\.har$/.test(document.querySelector('.quick-input-box input')?.value ?? ''));
      const value = await input.inputValue();
      if (!/eligibility-ovh-test-building-.*\.har$/.test(value)) throw new Error(`unexpected proposed file ${value}`);
      await page.keyboard.press('Enter');
    });
    let harFile;
    await step('the notification names both files; "Open Summary" opens the Markdown', async () => {
      const toast = ui.notification(/Support export written/);
      await toast.waitFor();
      await toast.locator('.monaco-button', { hasText: 'Open Summary' }).click();
      await ui.tab('.md').waitFor();
      await ui.editorLines().locator('.view-line', { hasText: 'X-OVH-QUERYID' }).first().waitFor();
      await ui.editorLines().locator('.view-line', { hasText: /Profile\skind.*sandbox/ }).first().waitFor();
      await shot('20-support-export.png');
      harFile = fs.readdirSync(folder).find(f => /^eligibility-ovh-test-building-.*\.har$/.test(f));
      if (!harFile) throw new Error(`no HAR in ${folder}: ${fs.readdirSync(folder).join(', ')}`);
    });
    await step('the HAR holds every exchange (first post + re-posts), the query ids, no secret', async () => {
      const text = fs.readFileSync(path.join(folder, harFile), 'utf8');
      const har = JSON.parse(text);
      if (har.log.version !== '1.2') throw new Error('not HAR 1.2');
      const posts = har.log.entries.filter(e => e.request.url.includes('/connectivity/eligibility/test/building'));
      if (posts.length < 2) throw new Error(`expected the task and its polls, got ${posts.length} entries`);
      if (!har.log.entries.some(e => e.response.headers.some(h => h.name === 'x-ovh-queryid'))) throw new Error('no X-OVH-QUERYID');
      for (const s of ['sandbox-app-secret', 'sandbox-consumer-key', 'sandbox-client-secret']) if (text.includes(s)) throw new Error(`secret ${s} in the HAR`);
      const md = fs.readFileSync(path.join(folder, harFile.replace(/\.har$/, '.md')), 'utf8');
      if (!/\| FTTH \| FTTH-MAX-1G \| yes \|/.test(md)) throw new Error('the summary does not list the offers');
    });
  },
};
