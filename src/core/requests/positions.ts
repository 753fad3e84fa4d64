/**
 * Positions inside a request file, the way editors count them: 0-based line and character
 * (UTF-16 code units, like VS Code and the LSP). Humans get 1-based `file:line:col` from `formatLocation`.
 */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  message: string;
  severity: Severity;
  range: Range;
  offset: number;
  length: number;
  /** stable id of the check, e.g. `json-syntax`, `unknown-operation`, `unknown-variable`, `params` */
  code: string;
}

/** Offset ↔ position conversion for one text (line starts computed once). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) this.starts.push(i + 1);
    }
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  rangeAt(offset: number, length: number): Range {
    const start = Math.max(0, Math.min(offset, this.text.length));
    const end = Math.max(start, Math.min(offset + Math.max(0, length), this.text.length));
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  diagnostic(offset: number, length: number, message: string, severity: Severity, code: string): Diagnostic {
    const start = Math.max(0, Math.min(offset, this.text.length));
    const len = Math.max(0, Math.min(length, this.text.length - start));
    return { message, severity, code, offset: start, length: len, range: this.rangeAt(start, len) };
  }
}

/** `file:line:col` (1-based), the format of every CLI input error. */
export function formatLocation(file: string, d: { range: Range }): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
}
