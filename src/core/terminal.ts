/**
 * Text from data (API messages, request names, file contents) made inert for a terminal: every
 * C0 and C1 control character (ESC, BEL, CSI, OSC, NUL, CR, LF...), DEL, the Unicode line
 * separators and the bidirectional overrides are written as visible `\xNN` / `\uNNNN` escapes,
 * so no data can change the title, write the clipboard (OSC 52), clear the screen, move the
 * cursor or fake a line. Our own colours are added after this, around the escaped text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function inert(text: string): string {
  return text.replace(CONTROL, c => {
    const n = c.charCodeAt(0);
    if (c === '\t') return '\\t';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0').toUpperCase()}` : `\\u${n.toString(16).padStart(4, '0').toUpperCase()}`;
  });
}

/** Like inert, but keeps line breaks (multi-line messages of our own, each line's data still escaped). */
export function inertLines(text: string): string {
  return text.split(/\r\n|\n/).map(inert).join('\n');
}

/** True when the text holds a character a terminal would interpret. */
export function hasControl(text: string): boolean {
  CONTROL.lastIndex = 0;
  const r = CONTROL.test(text);
  CONTROL.lastIndex = 0;
  return r;
}
