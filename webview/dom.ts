/**
 * A tiny DOM builder. Every string becomes a Text node (never parsed as HTML): API data is
 * untrusted. There is no way to pass markup through here, by design.
 */
export type Child = Node | string | number | false | null | undefined;
export type Attrs = Record<string, string | number | boolean | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'style' || k.startsWith('on')) throw new Error(`h(): attribute ${k} is not allowed`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A codicon, decorative unless a label is given. */
export function icon(name: string, label?: string): HTMLSpanElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': label ? undefined : 'true', role: label ? 'img' : undefined, 'aria-label': label, title: label });
}

export function button(id: string | undefined, label: string, iconName: string | undefined, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', id, ...attrs }, iconName ? icon(iconName) : null, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A titled section; `open` makes it a collapsible <details>. */
export function section(id: string, title: string, body: Child | Child[], opts: { collapsible?: boolean; open?: boolean } = {}): HTMLElement {
  if (opts.collapsible) {
    return h('details', { id, class: 'section', open: opts.open ?? false }, h('summary', {}, title), body);
  }
  return h('section', { id, class: 'section', 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), body);
}

/** A two-column key/value list; undefined values are skipped. */
export function kv(rows: [string, Child | undefined][], attrs: Attrs = {}): HTMLDListElement {
  const dl = h('dl', { class: 'kv', ...attrs });
  for (const [k, v] of rows) {
    if (v === undefined || v === null || v === '') continue;
    dl.append(h('dt', {}, k), h('dd', {}, v));
  }
  return dl;
}

/** Any JSON-ish value as short text (objects as compact JSON). */
export function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  try { return JSON.stringify(v); } catch { return String(v); }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A date and time in the panel's display language (`<html lang>`, set from VS Code's), not the browser's. */
export function localTime(iso: string): string {
  const when = new Date(iso);
  if (isNaN(when.getTime())) return iso;
  try { return when.toLocaleString(document.documentElement.lang || undefined); } catch { return when.toLocaleString(); }
}
