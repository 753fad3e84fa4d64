/**
 * What `src/core/compare/engine` is inside dist/extension.js (an esbuild plugin in esbuild.mjs swaps
 * it in): the same function, loaded from dist/features.js on the first compare, so the three
 * resolution chains (about 30 KB) stay out of extension.js and activation. The CLI, the tests
 * and dist/features.js use the engine itself.
 */
import type { compare as Compare } from '../../core/compare/engine';
import { features } from './load';

export type { CompareOptions } from '../../core/compare/engine';
export const compare: typeof Compare = (query, options) => features().compare(query, options);
