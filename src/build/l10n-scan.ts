/**
 * Finds the user-facing strings of the extension (build and test tooling, not shipped):
 *   - every `l10n.t('…')` / `vscode.l10n.t('…')` key in src/extension (and whether the key is a literal),
 *   - bare English where VS Code shows it: arguments of window.show*Message / showQuickPick /
 *     showInputBox / withProgress / dialogs, `new TreeItem(…)`, `new MarkdownString(…)`, and object
 *     properties or assignments named title, placeHolder, prompt, tooltip, label, description,
 *     detail, message, text … whose value is a string literal or template with words in it,
 *   - with `{ dom: true }` (the webview sources, which get every text from a labels table): string
 *     literals put in the DOM as text or as a shown attribute: children of `h(…)`, the label of
 *     `button`/`section`/`icon`/`kv`/`lazyPre`, `append(…)`, `createTextNode(…)`, attributes and
 *     assignments named title, placeholder, aria-label, alt, textContent …,
 *   - every `%key%` of package.json and every contribution text that is not one.
 * test/unit/l10n/coverage.test.ts turns these into failures. See /work/briefs/L10N.md.
 *
 * A string that is not shown to people (an id, a log line) but matches a rule is marked with a
 * `// l10n-ignore` comment on its line or the line above, with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface Place { file: string; line: number }
export interface KeyUse extends Place { key: string }
export interface BareString extends Place { text: string; where: string }

/** Names shown as they are in every language (products and APIs). */
export const PROPER_NAMES = new Set([
  'Eligibility', 'Eligibility Explorer', 'OVHcloud Connectivity', 'Orange Business Eligibility', 'Orange RIP Operator Eligibility',
  'OVHcloud', 'Orange', 'Orange RIP', 'Sandbox',
]);

const UI_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'showQuickPick', 'showInputBox',
  'withProgress', 'showOpenDialog', 'showSaveDialog', 'setStatusBarMessage', 'showWorkspaceFolderPick']);
const UI_CONSTRUCTORS = new Set(['TreeItem', 'MarkdownString', 'CodeLens', 'TestMessage']);
/** The project's own functions whose argument at that index is shown as is (a tree node's label). */
const UI_ARGS: Record<string, number> = { makeNode: 2 };
const UI_PROPS = new Set(['title', 'placeHolder', 'prompt', 'tooltip', 'label', 'description', 'detail', 'message',
  'validationMessage', 'openLabel', 'saveLabel', 'text', 'actionLabel', 'name']);
/** Webview DOM helpers (webview/dom.ts and the DOM API): which arguments end up as text people read ('all' = every one, 'rest' = all but the first, a tag name). */
const DOM_ARGS: Record<string, number[] | 'all' | 'rest'> = {
  h: 'rest', append: 'all', prepend: 'all', replaceChildren: 'all', before: 'all', after: 'all', createTextNode: [0],
  button: [1, 4], section: [1], icon: [1], kv: [0, 1], lazyPre: [1], setAttribute: [1],
};
/** Attributes and DOM properties people read or hear (a screen reader reads aria-label). */
const DOM_PROPS = new Set(['title', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'alt',
  'label', 'textContent', 'innerText', 'value']);

/** Words a person reads: two letters in a row, once codicons `$(x)`, placeholders and single API-ish tokens are set aside. */
export function hasWords(text: string, opts: { dom?: boolean } = {}): boolean {
  const t = text.replace(/\$\([\w~-]+\)/g, ' ').replace(/\{\w+\}/g, ' ').trim();
  if (!/[A-Za-z\u00C0-\u017F]{2}/.test(t)) return false;
  if (PROPER_NAMES.has(t)) return false;
  // in the DOM, one plain lower-case word (eligible, value, passed) is read as a word; an API value
  // written there as is (ftth, notEligible) is marked l10n-ignore
  if (opts.dom && /^[a-z]{3,}$/.test(t)) return true;
  // one lower-case token (ftth, orange-b2b, test/building): an API term or an id, not a sentence
  if (/^[a-z0-9][\w./:-]*$/.test(t)) return false;
  // one upper-case acronym (API, NRA, INSEE, X-OVH-QUERYID): written the same in French
  if (/^[A-Z0-9][A-Z0-9_./-]*$/.test(t)) return false;
  return true;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const calleeName = (e: ts.Expression): string => (ts.isPropertyAccessExpression(e) ? e.name.text : ts.isIdentifier(e) ? e.text : '');
const isL10nT = (e: ts.Expression): boolean => ts.isPropertyAccessExpression(e) && e.name.text === 't'
  && ((ts.isIdentifier(e.expression) && e.expression.text === 'l10n') || (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'l10n'));

function literalText(n: ts.Node): string | undefined {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map(s => s.literal.text)].join('{}');
  return undefined;
}

export interface ScanResult { keys: KeyUse[]; nonLiteral: Place[]; bare: BareString[] }

/** Scans every .ts file under `dirs` (relative to `root`); `dom` adds the webview rules (DOM text and attributes). */
export function scanSources(root: string, dirs: string[], opts: { dom?: boolean } = {}): ScanResult {
  const res: ScanResult = { keys: [], nonLiteral: [], bare: [] };
  for (const dir of dirs) for (const file of tsFiles(path.join(root, dir))) scanFile(root, file, res, !!opts.dom);
  return res;
}

/** A property's name as written: `title`, `'aria-label'` → aria-label. */
const propName = (n: ts.PropertyName, sf: ts.SourceFile): string => (ts.isStringLiteral(n) || ts.isIdentifier(n) ? n.text : n.getText(sf));

function scanFile(root: string, file: string, res: ScanResult, dom: boolean): void {
  const src = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines = src.split('\n');
  const rel = path.relative(root, file).split(path.sep).join('/');
  const place = (n: ts.Node): Place => ({ file: rel, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
  const ignored = (n: ts.Node) => {
    const l = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
    return /l10n-ignore/.test(lines[l] ?? '') || /l10n-ignore/.test(lines[l - 1] ?? '');
  };
  const seen = new Set<number>();
  const flag = (n: ts.Node, where: string) => {
    const text = literalText(n);
    if (seen.has(n.pos)) return;
    seen.add(n.pos);
    if (text !== undefined && hasWords(text, { dom }) && !ignored(n)) res.bare.push({ ...place(n), text, where });
  };
  /** Looks for bare strings in an expression shown as is: through ?:, ||, ??, +, arrays, objects, spreads; not into calls or functions. */
  const shown = (n: ts.Node, where: string): void => {
    if (literalText(n) !== undefined) return flag(n, where);
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSpreadElement(n) || ts.isSatisfiesExpression(n)) return shown(n.expression, where);
    if (ts.isConditionalExpression(n)) { shown(n.whenTrue, where); shown(n.whenFalse, where); return; }
    if (ts.isBinaryExpression(n) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(n.operatorToken.kind)) {
      shown(n.left, where); shown(n.right, where); return;
    }
    if (ts.isArrayLiteralExpression(n)) { for (const e of n.elements) shown(e, where); return; }
    if (ts.isObjectLiteralExpression(n)) {
      for (const p of n.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const name = propName(p.name, sf);
        if (UI_PROPS.has(name) || (dom && DOM_PROPS.has(name))) shown(p.initializer, `${where} ${name}`);
      }
    }
  };
  const uiProp = (name: string) => UI_PROPS.has(name) || (dom && DOM_PROPS.has(name));
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      if (isL10nT(n.expression)) {
        const a = n.arguments[0];
        const obj = a && ts.isObjectLiteralExpression(a)
          ? a.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'message')?.initializer
          : a;
        if (obj && (ts.isStringLiteral(obj) || ts.isNoSubstitutionTemplateLiteral(obj))) res.keys.push({ ...place(n), key: obj.text });
        else if (!ignored(n)) res.nonLiteral.push(place(n));
      } else if (UI_CALLS.has(calleeName(n.expression))) {
        for (const a of n.arguments) shown(a, calleeName(n.expression));
      } else if (calleeName(n.expression) in UI_ARGS) {
        const a = n.arguments[UI_ARGS[calleeName(n.expression)]];
        if (a) shown(a, calleeName(n.expression));
      } else if (dom && Object.prototype.hasOwnProperty.call(DOM_ARGS, calleeName(n.expression))) {
        const name = calleeName(n.expression);
        const which = DOM_ARGS[name];
        // setAttribute(name, value): only the attributes people read
        const attr = name === 'setAttribute' ? literalText(n.arguments[0] ?? n) : undefined;
        if (name !== 'setAttribute' || (attr !== undefined && DOM_PROPS.has(attr))) {
          n.arguments.forEach((a, i) => { if (which === 'all' || (which === 'rest' ? i > 0 : which.includes(i))) shown(a, name); });
        }
      }
    } else if (ts.isNewExpression(n) && UI_CONSTRUCTORS.has(calleeName(n.expression))) {
      for (const a of n.arguments ?? []) shown(a, `new ${calleeName(n.expression)}`);
    } else if (ts.isPropertyAssignment(n) && uiProp(propName(n.name, sf))) {
      shown(n.initializer, propName(n.name, sf));
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken
      && ts.isPropertyAccessExpression(n.left) && uiProp(n.left.name.text)) {
      shown(n.right, `.${n.left.name.text} =`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

/** The English of a labels table file: `key: l10n.t('English')` → { key: 'English' } (tests and the bench render with it). */
export function englishLabels(file: string): Record<string, string> {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Record<string, string> = {};
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && ts.isCallExpression(n.initializer) && isL10nT(n.initializer.expression)) {
      const a = n.initializer.arguments[0];
      if (a && (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a))) out[n.name.getText(sf)] = a.text;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

// ---- package.json ----

/** Contribution texts VS Code shows: where they are (a JSON path) and their value. */
export function packageTexts(pkg: Record<string, unknown>): { at: string; value: string }[] {
  const out: { at: string; value: string }[] = [];
  const c = (pkg.contributes ?? {}) as Record<string, unknown>;
  const push = (at: string, v: unknown) => { if (typeof v === 'string') out.push({ at, value: v }); };
  push('displayName', pkg.displayName);
  push('description', pkg.description);
  const caps = (pkg.capabilities ?? {}) as Record<string, Record<string, unknown>>;
  for (const [k, v] of Object.entries(caps)) push(`capabilities.${k}.description`, v?.description);
  const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x : []);
  for (const [i, cmd] of list(c.commands).entries()) { push(`commands[${i}].title`, cmd.title); push(`commands[${i}].category`, cmd.category); push(`commands[${i}].shortTitle`, cmd.shortTitle); }
  for (const [k, arr] of Object.entries((c.viewsContainers ?? {}) as Record<string, unknown>)) for (const [i, v] of list(arr).entries()) push(`viewsContainers.${k}[${i}].title`, v.title);
  for (const [k, arr] of Object.entries((c.views ?? {}) as Record<string, unknown>)) {
    for (const [i, v] of list(arr).entries()) { push(`views.${k}[${i}].name`, v.name); push(`views.${k}[${i}].contextualTitle`, v.contextualTitle); }
  }
  for (const [i, w] of list(c.viewsWelcome).entries()) push(`viewsWelcome[${i}].contents`, w.contents);
  for (const [i, s] of list(c.submenus).entries()) push(`submenus[${i}].label`, s.label);
  for (const [i, w] of list(c.walkthroughs).entries()) { push(`walkthroughs[${i}].title`, w.title); push(`walkthroughs[${i}].description`, w.description); }
  for (const [i, l] of list(c.languages).entries()) for (const [j, a] of (Array.isArray(l.aliases) ? l.aliases : []).entries()) push(`languages[${i}].aliases[${j}]`, a);
  const configs = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  for (const [i, cfg] of (configs as Record<string, unknown>[]).entries()) {
    push(`configuration[${i}].title`, cfg.title);
    const props = (cfg.properties ?? {}) as Record<string, unknown>;
    const walk = (at: string, p: Record<string, unknown>) => {
      for (const f of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) push(`${at}.${f}`, p[f]);
      for (const f of ['enumDescriptions', 'markdownEnumDescriptions']) for (const [j, d] of (Array.isArray(p[f]) ? p[f] : []).entries()) push(`${at}.${f}[${j}]`, d);
      const items = p.items as Record<string, unknown> | undefined;
      if (items && typeof items === 'object') walk(`${at}.items`, items);
      for (const [k, sub] of Object.entries((p.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(`${at}.properties.${k}`, sub);
    };
    for (const [k, p] of Object.entries(props)) walk(`configuration[${i}].${k}`, p as Record<string, unknown>);
  }
  return out;
}

/** `%key%` references anywhere in package.json. */
export function packageKeys(pkgText: string): string[] {
  return [...new Set([...pkgText.matchAll(/"%([\w.-]+)%"/g)].map(m => m[1]))];
}

/** `{0}`, `{name}` … of a message, sorted (a translation must keep every one). */
export const placeholders = (s: string): string[] => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
