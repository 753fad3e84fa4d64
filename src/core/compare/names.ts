/**
 * Street and locality names compared the way people type them: accents, case, punctuation and
 * the usual French abbreviations (`R` = `RUE`, `AV` = `AVENUE`, `BD` = `BOULEVARD`, `ST` = `SAINT`…).
 */
const ABBREVIATIONS: Record<string, string> = {
  R: 'RUE', AV: 'AVENUE', AVE: 'AVENUE', BD: 'BOULEVARD', BLD: 'BOULEVARD', BOUL: 'BOULEVARD', CH: 'CHEMIN', CHE: 'CHEMIN',
  CHEM: 'CHEMIN', PL: 'PLACE', IMP: 'IMPASSE', RTE: 'ROUTE', ALL: 'ALLEE', SQ: 'SQUARE', QU: 'QUAI', CRS: 'COURS',
  FG: 'FAUBOURG', FBG: 'FAUBOURG', PROM: 'PROMENADE', LD: 'LIEU DIT', LDT: 'LIEU DIT', LOT: 'LOTISSEMENT', RES: 'RESIDENCE',
  HAM: 'HAMEAU', ST: 'SAINT', STE: 'SAINTE', GD: 'GRAND', GDE: 'GRANDE', PT: 'PETIT', PTE: 'PETITE', DR: 'DOCTEUR', GAL: 'GENERAL',
  MAL: 'MARECHAL', PDT: 'PRESIDENT', PRES: 'PRESIDENT',
};
const STOP = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'L', 'D', 'ET', 'AU', 'AUX']);

/** Upper case, no accents, no punctuation, abbreviations expanded, single spaces. */
export function normalizeName(s: string): string {
  const plain = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
  return plain.split(' ').filter(Boolean).map(w => ABBREVIATIONS[w] ?? w).join(' ');
}

function tokens(s: string): string[] {
  return normalizeName(s).split(' ').filter(w => w && !STOP.has(w));
}

/** 1 for the same normalized name; otherwise a token similarity in [0, 1) (Dice on significant words). */
export function nameScore(wanted: string, candidate: string): number {
  const a = normalizeName(wanted), b = normalizeName(candidate);
  if (a === b) return 1;
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  if (ta.join(' ') === tb.join(' ')) return 0.99;
  const rest = [...tb];
  let common = 0;
  for (const w of ta) {
    const i = rest.indexOf(w);
    if (i >= 0) { common++; rest.splice(i, 1); }
  }
  return Math.round(((2 * common) / (ta.length + tb.length)) * 0.95 * 1000) / 1000;
}

export interface Match<T> { item: T; score: number }

/**
 * The candidates scoring at least `min`, best first. `unique` is set when the best one is the only
 * one with that score and it is good enough to take without asking.
 */
export function matchNames<T>(wanted: string, items: readonly T[], nameOf: (t: T) => string, min = 0.6): { matches: Match<T>[]; unique?: Match<T> } {
  const matches = items.map(item => ({ item, score: nameScore(wanted, nameOf(item)) }))
    .filter(m => m.score >= min).sort((x, y) => y.score - x.score);
  const [first, second] = matches;
  const unique = first && (!second || second.score < first.score) && first.score >= 0.8 ? first : undefined;
  return { matches: matches.slice(0, 20), unique };
}
