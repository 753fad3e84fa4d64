import { createScanner, SyntaxKind } from 'jsonc-parser';

/** Deepest nesting of objects and arrays a request file or an environments file may have. */
export const MAX_JSON_DEPTH = 64;

/**
 * The offset of the first `{` or `[` that opens level MAX_JSON_DEPTH + 1, or undefined when the
 * text nests no deeper. Iterative (jsonc-parser's scanner: strings and comments skipped), so any
 * depth is answered in linear time without recursion; run before the recursive tree parsers.
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let k = scanner.scan(); k !== SyntaxKind.EOF; k = scanner.scan()) {
    if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

export function tooDeepMessage(max = MAX_JSON_DEPTH): string {
  return `Nested more than ${max} levels deep: request and environments files are never this deep (objects and arrays are capped at ${max} levels)`;
}
