// Journey 30: an Orange-only profile is active; Test Line… (OVHcloud) is refused before anything is
// sent (the sandbox's OVH counters do not move), the message names the profile and offers
// "Add OVHcloud to this profile" / "Switch profile"; adding OVHcloud (endpoint = the sandbox) from
// the button makes the same command run against the endpoint the user chose.
const ovhRequests = async admin => Object.entries((await admin('counters')).requestsPerPath)
  .filter(([p]) => p.startsWith('/1.0/')).reduce((n, [, c]) => n + c, 0);

export default {
  title: 'Orange-only profile: Test Line is refused before sending, with Add OVHcloud / Switch profile; Add OVHcloud then runs it',
  readmeShots: { '30-refusal-buttons.png': 'profile-refusal.png' },
  async run({ ui, page, step, shot, sandboxUrl, admin, startSandbox }) {
    await step('the embedded sandbox plays the endpoints', () => startSandbox());
    await step('F1 → "Eligibility: Add Profile…": Orange only, endpoint = the sandbox, name "Orange staging"', async () => {
      await ui.command('Eligibility: Add Profile…');
      await ui.pick('Add profile: APIs', 'Orange (Business Eligibility + RIP)');
      await ui.input('Add profile: Orange endpoint', sandboxUrl);
      await ui.input('Add profile: name', 'Orange staging');
      await page.locator('.statusbar-item', { hasText: 'Orange staging' }).first().waitFor();
      await ui.notification('Orange calls go to').waitFor();
      await ui.clearNotifications();
    });
    let before;
    await step('F1 → "Eligibility: Test Line…" 0123456789: refused, nothing sent, the message names the profile', async () => {
      before = await ovhRequests(admin);
      await ui.command('Eligibility: Test Line…');
      await ui.input('Test line (1/2)', '0123456789');
      await ui.pick('Test line (2/2)', 'active');
      const toast = ui.notification('Profile "Orange staging" does not cover OVHcloud Connectivity');
      await toast.waitFor();
      await toast.locator('.monaco-button', { hasText: 'Add OVHcloud to this profile' }).waitFor();
      await toast.locator('.monaco-button', { hasText: 'Switch profile' }).waitFor();
      const after = await ovhRequests(admin);
      if (after !== before) throw new Error(`the sandbox saw ${after - before} OVH request(s)`);
      await shot('30-refusal-buttons.png');
    });
    await step('"Add OVHcloud to this profile": endpoint = the sandbox; no credentials needed for public tests', async () => {
      await ui.notification('does not cover OVHcloud').locator('.monaco-button', { hasText: 'Add OVHcloud to this profile' }).click();
      await ui.pick('Add OVHcloud to Orange staging: endpoint', 'Other URL…');
      await ui.input('Add OVHcloud to Orange staging: endpoint', `${sandboxUrl}/1.0`);
      await ui.notification('OVHcloud calls go to').waitFor();
      await ui.clearNotifications();
    });
    await step('Test Line… again: it runs against the endpoint the profile now names', async () => {
      await ui.command('Eligibility: Test Line…');
      await ui.input('Test line (1/2)', '0123456789');
      await ui.pick('Test line (2/2)', 'active');
      const panel = await ui.webview({ css: '#offers-table' });
      await panel.locator('#header-profile', { hasText: 'Orange staging' }).waitFor();
      if (await ovhRequests(admin) <= before) throw new Error('no OVH request reached the sandbox');
      await shot('30-profile-ovh-added.png');
    });
  },
};
