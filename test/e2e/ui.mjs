// Driving the VS Code workbench (code-server in chromium) like a user: command palette, quick
// inputs, the Eligibility view, notifications, the results webview, the Output panel.
// Every wait is on a condition of the page (locator.waitFor / waitForFunction), never a sleep.

export const T = Number(process.env.E2E_STEP_TIMEOUT_MS || 30000);
/**
 * How long a webview may take to show. Each new webview registers VS Code's webview service worker
 * under its own id; Chromium activates the new worker only once the old one has no request in
 * flight, and a request of a webview torn down mid-load waits out the worker's 30 s resolve timeout
 * (vs/workbench/contrib/webview/browser/pre/service-worker.js, `resolveTimeout`). So a webview
 * opened or re-shown right after another was hidden can stay blank for a while before any of our
 * resources is requested: we measured 10–56 s on this 2-core box, so wait
 * up to 120 s and print every show that took over 10 s.
 */
export const WEBVIEW_T = Number(process.env.E2E_WEBVIEW_TIMEOUT_MS || Math.max(T, 120000));

/** Escapes a string for use inside a RegExp. */
export const re = s => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

export function workbench(page) {
  const quick = page.locator('.quick-input-widget');
  const quickInput = quick.locator('.quick-input-box input');

  const ui = {
    page,

    /** Waits until the workbench is shown and the extension's profile status bar item is there. */
    async ready() {
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      await page.locator('.statusbar-item', { hasText: /Sandbox|Orange|OVH/ }).first().waitFor({ timeout: 60000 });
    },

    /** Gives the workbench keyboard focus without clicking anything meaningful. */
    async focusWorkbench() {
      await page.locator('.part.statusbar').click({ position: { x: 900, y: 10 } }).catch(() => {});
    },

    /** Runs a command from the palette by its title as shown, e.g. "Eligibility: Test Line…". */
    async command(title) {
      await ui.closeQuickInput();
      await ui.focusWorkbench();
      await page.keyboard.press('F1');
      await quickInput.waitFor({ timeout: T });
      await quickInput.fill(`>${title}`);
      const row = quick.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: re(title) }) }).first();
      await row.waitFor({ timeout: T });
      await row.click();
    },

    /** Closes a visible quick input (palette, quick pick or input box). */
    async closeQuickInput() {
      if (await quick.isVisible()) {
        await page.keyboard.press('Escape');
        await quick.waitFor({ state: 'hidden', timeout: T });
      }
    },

    /** Waits for an input box (or quick pick) whose title or prompt contains `title`. */
    async waitQuick(title) {
      await quick.waitFor({ state: 'visible', timeout: T });
      if (title) await quick.locator('.quick-input-title, .quick-input-message, .quick-input-header', { hasText: re(title) }).first().waitFor({ timeout: T });
    },

    /** Types into the visible input box (titled `title`) and accepts it. */
    async input(title, value) {
      await ui.waitQuick(title);
      await quickInput.fill(value);
      // validation runs as you type: an error message would keep the box open
      await page.waitForFunction(v => document.querySelector('.quick-input-box input')?.value === v, value, { timeout: T });
      await page.keyboard.press('Enter');
    },

    /** The validation message currently shown under the input box ('' when none). */
    async inputMessage() {
      return (await quick.locator('.quick-input-message').innerText().catch(() => '')).trim();
    },

    /** Picks the quick pick item whose label contains `label` (in a quick pick titled `title`). */
    async pick(title, label) {
      await ui.waitQuick(title);
      const row = quick.locator('.quick-input-list .monaco-list-row', { hasText: re(label) }).first();
      await row.waitFor({ timeout: T });
      await row.click();
    },

    /** Opens the Eligibility view container from the activity bar. */
    async openView() {
      const item = page.locator('.activitybar .action-item a[aria-label^="Eligibility"]').first();
      await item.waitFor({ timeout: T });
      const pane = page.locator('.pane-header', { hasText: /Explorer/ }).locator('xpath=..');
      if (!(await page.locator('.sidebar .composite.title', { hasText: /Eligibility/i }).isVisible())) await item.click();
      await page.locator('.sidebar .composite.title', { hasText: /Eligibility/i }).waitFor({ timeout: T });
      return pane;
    },

    /** The sidebar's Eligibility pane (tree + welcome). */
    sidebar() { return page.locator('.sidebar'); },

    /** A row of the explorer tree whose label is exactly `label` (a string) or matches it (a RegExp). */
    treeRow(label) {
      const name = typeof label === 'string' ? new RegExp(`^\\s*${re(label).source}\\s*$`) : label;
      return page.locator('.sidebar .monaco-list-row', { has: page.locator('.label-name', { hasText: name }) }).first();
    },

    /** Expands a tree row (click on its twistie) and waits until it is expanded. */
    async expand(label) {
      const row = ui.treeRow(label);
      await row.waitFor({ timeout: T });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
      await page.waitForFunction(el => el.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: T });
      return row;
    },

    /** Runs an inline action (by its title/aria-label) of a tree row. */
    async rowAction(label, actionTitle) {
      const row = ui.treeRow(label);
      await row.hover();
      const action = row.locator(`.actions .action-label[aria-label^="${actionTitle}"]`).first();
      await action.waitFor({ timeout: T });
      await action.click();
    },

    /** Right-clicks a tree row and picks a context menu entry. */
    async rowMenu(label, entry) {
      await ui.treeRow(label).click({ button: 'right' });
      await ui.menuEntry(entry);
    },

    /**
     * Picks an entry of the open context menu. Hover (which focuses it) then Enter: a mouse click
     * on a menu that is still settling is sometimes lost and leaves the menu open (seen in CI).
     */
    async menuEntry(entry) {
      const item = page.locator('.context-view .action-item', { hasText: re(entry) }).first();
      await item.waitFor({ timeout: T });
      await item.hover();
      await page.locator('.context-view .action-item.focused', { hasText: re(entry) }).first().waitFor({ timeout: T });
      await page.keyboard.press('Enter');
      await page.locator('.context-view .monaco-menu').first().waitFor({ state: 'detached', timeout: T }).catch(() => {});
    },

    /** A notification toast whose text contains `text`. */
    notification(text) { return page.locator('.notification-toast', { hasText: typeof text === 'string' ? re(text) : text }).first(); },

    /** Dismisses every notification toast (they cover the panel in screenshots). */
    async clearNotifications() {
      await ui.command('Notifications: Clear All Notifications');
      await page.locator('.notification-toast').first().waitFor({ state: 'detached', timeout: T }).catch(() => {});
    },

    /**
     * The results webview (a FrameLocator inside it) where `what` is visible: a CSS selector
     * ({ css }) or a text. Webviews are iframe.webview (host page) > iframe#active-frame.
     * The newest matching webview wins.
     */
    async webview(what, timeout = WEBVIEW_T) {
      const outer = page.locator('iframe.webview.ready');
      const find = inner => (typeof what === 'object' && what.css ? inner.locator(what.css) : inner.getByText(what)).first();
      const t0 = Date.now(), deadline = t0 + timeout;
      for (;;) {
        const n = await outer.count();
        for (let i = n - 1; i >= 0; i--) {
          const inner = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('#active-frame');
          if (await find(inner).isVisible().catch(() => false)) {
            const ms = Date.now() - t0;
            if (ms > 10000) console.log(`       [e2e] webview ${JSON.stringify(what)} took ${ms} ms to show (VS Code's webview service-worker handover, see WEBVIEW_T)`);
            return inner;
          }
        }
        if (Date.now() > deadline) throw new Error(`no webview shows ${JSON.stringify(what)}`);
        // re-check on the page's next animation frame (a condition of the page, not a fixed sleep)
        await page.waitForFunction(() => new Promise(r => requestAnimationFrame(() => r(true))), null, { timeout: T });
      }
    },

    /** Opens a workspace file by name through Quick Open. */
    async openFile(name) {
      await ui.closeQuickInput();
      await ui.focusWorkbench();
      await page.keyboard.press('Control+P');
      await quickInput.waitFor({ timeout: T });
      await quickInput.fill(name);
      const row = quick.locator('.quick-input-list .monaco-list-row', { hasText: re(name) }).first();
      await row.waitFor({ timeout: T });
      await row.click();
      await ui.tab(name).waitFor({ timeout: T });
    },

    /** The active editor's visible lines. */
    editorLines() { return page.locator('.editor-instance .monaco-editor .view-lines').first(); },

    /** A CodeLens of the active editor whose text contains `text`. */
    codeLens(text) { return page.locator('.editor-instance .codelens-decoration a, .editor-instance .codelens-decoration span', { hasText: typeof text === 'string' ? re(text) : text }).first(); },

    /** A button of a modal dialog. */
    async dialogButton(label) {
      const b = page.locator('.monaco-dialog-box .dialog-buttons a, .monaco-dialog-box .dialog-buttons button', { hasText: re(label) }).first();
      await b.waitFor({ timeout: T });
      await b.click();
      await page.locator('.monaco-dialog-box').waitFor({ state: 'detached', timeout: T });
    },

    /** Opens the Output panel on the given channel and resolves with its visible text. */
    async outputText(channel, mustContain) {
      await ui.command('Output: Show Output Channels…');
      await ui.pick('', channel);
      const view = page.locator('.part.panel .monaco-editor .view-lines');
      await view.waitFor({ timeout: T });
      if (mustContain) await view.getByText(mustContain).first().waitFor({ timeout: T });
      return view.innerText();
    },

    /**
     * Closes every editor (results panels included). A second results panel opened beside the
     * first one (ViewColumn.Beside, preserveFocus) intermittently stays blank in code-server 1.100
     * (about 1 run in 4 of journey 5); journeys that need a fresh panel close the old one first.
     */
    async closeEditors() {
      await ui.command('View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: T });
    },

    /** An editor tab whose label contains `label`. */
    tab(label) { return page.locator('.tabs-container .tab', { hasText: re(label) }).first(); },
  };
  return ui;
}
