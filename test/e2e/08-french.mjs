// Journey 8: VS Code's display language is French (code-server --locale fr + a language pack,
// see test/e2e/fixtures/lang-fr): the view, the welcome, the palette, the input box and the
// results panel (actions, header facts, summary, offers table, endpoint cards, raw sections) speak
// French; API terms (offer codes, operation names) stay as the APIs spell them.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
/** English labels of the results panel whose French differs (src/extension/panel/labels.ts + the French bundle). */
function englishOnlyLabels() {
  const fr = JSON.parse(readFileSync(new URL('l10n/bundle.l10n.fr.json', root), 'utf8'));
  const src = readFileSync(new URL('src/extension/panel/labels.ts', root), 'utf8');
  const en = [...src.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'\)/g)].map(m => m[1].replace(/\\'/g, "'"));
  return en.filter(e => !/\{\d\}/.test(e) && fr[e] && fr[e] !== e);
}

export default {
  title: 'French UI: welcome, palette, input box and results panel in French; API terms unchanged',
  locale: 'fr',
  readmeShots: { '08-french.png': 'french-ui.png' },
  async run({ ui, page, step, shot }) {
    await step('the Eligibility view and its welcome are in French', async () => {
      const item = page.locator('.activitybar .action-item a[aria-label^="Éligibilité"]').first();
      await item.waitFor();
      await item.click();
      await page.locator('.sidebar .welcome-view-content', { hasText: /Vous êtes sur le profil Sandbox/ }).waitFor();
      await page.locator('.sidebar .welcome-view-content a', { hasText: 'Rechercher par code postal' }).waitFor();
      await shot('08-french-welcome.png');
    });
    await step('the palette lists "Éligibilité: Tester un immeuble…"; its input box is in French', async () => {
      await ui.command('Éligibilité: Tester un immeuble…');
      await ui.waitQuick('Tester un immeuble');
      await page.locator('.quick-input-box input').fill('IMB/1');
      await page.locator('.quick-input-message', { hasText: /Un code immeuble ressemble à IMB\/91471\/C\/NT8X/ }).waitFor();
      await ui.input('Tester un immeuble', 'IMB/91471/C/NT8X');
    });
    await step('the results panel: French labels, offer codes as the API spells them', async () => {
      const panel = await ui.webview({ css: '#offers-table' });
      await panel.locator('#action-rerun', { hasText: 'Relancer' }).waitFor();
      await panel.locator('#action-copy-curl', { hasText: 'Copier en cURL' }).waitFor();
      await panel.locator('[data-testid=offer-row][data-code="FTTH-MAX-1G"]').waitFor();
      await page.locator('.tab', { hasText: 'Immeuble IMB/91471/C/NT8X' }).first().waitFor();
      // the body: header facts, summary, offers table, endpoint cards, raw sections
      await panel.locator('#header-facts dt', { hasText: 'Opération' }).waitFor();
      await panel.locator('#header-facts dt', { hasText: 'Paramètres' }).waitFor();
      await panel.locator('#header-facts dt', { hasText: 'Lancé le' }).waitFor();
      // dates in the display language's format (the browser's own locale is English): 01/12/2026 14:03:07
      const started = (await panel.locator('#header-started').textContent()).trim();
      if (!/^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}:\d{2}$/.test(started)) throw new Error(`the start time is not in French format: "${started}"`);
      await panel.locator('#summary-eligible', { hasText: /éligibles \/ \d+ offres/ }).waitFor();
      await panel.locator('#offers-table th button.sort[data-sort=technology]', { hasText: 'Technologie' }).waitFor();
      await panel.locator('#offers-table th button.sort[data-sort=reasons]', { hasText: 'Motifs' }).waitFor();
      await panel.locator('#offers-count', { hasText: /^\d+ offres$/ }).waitFor();
      await panel.locator('#offers-filter[placeholder^="Filtrer les offres"]').waitFor();
      await panel.locator('#offers', { hasText: 'Éligibles seulement' }).waitFor();
      await panel.locator('#endpoint h2', { hasText: 'Point testé' }).waitFor();
      await panel.locator('#raw-json summary', { hasText: 'JSON du résultat' }).waitFor();
      // the technology, the offer codes and the operation stay as the API spells them
      await panel.locator('#header-operation', { hasText: 'test/building' }).waitFor();
      // no label of the panel is left in English (texts and shown attributes of the rendered body)
      const english = englishOnlyLabels();
      if (english.length < 50) throw new Error(`only ${english.length} English labels found in labels.ts: the parse is broken`);
      const left = await panel.locator('body').evaluate((body, en) => {
        const seen = new Set();
        for (const el of body.querySelectorAll('*')) {
          const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).filter(Boolean);
          for (const t of [...own, el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('placeholder')]) {
            if (t && en.includes(t.trim())) seen.add(t.trim());
          }
        }
        return [...seen];
      }, english);
      if (left.length) throw new Error(`English labels left in the French results panel: ${left.join(' | ')}`);
      await ui.clearNotifications();
      await shot('08-french.png');
    });
  },
};
