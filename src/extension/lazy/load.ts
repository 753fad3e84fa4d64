import * as path from 'path';
import type * as Features from './features';

let loaded: typeof Features | undefined;

/** dist/features.js (see ./features.ts), loaded on first use. */
export function features(): typeof Features {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'features.js')) as typeof Features;
  return loaded;
}
