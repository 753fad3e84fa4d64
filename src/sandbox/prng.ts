/**
 * A small seeded PRNG (mulberry32) for deterministic fault decisions and jitter.
 * Not for anything security related: tokens and query ids use node:crypto.
 */
export interface Prng { next(): number }

export function createPrng(seed: number): Prng {
  let a = seed >>> 0;
  return {
    next(): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
