/** Deterministic pseudo-random helpers (never Math.random): mulberry32 seeded by a string hash. */

/** 32-bit FNV-1a hash of a string, mixed with a numeric seed. */
export function hash32(seed: number, ...parts: Array<string | number>): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1f; // separator so ('ab','c') differs from ('a','bc')
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A small seeded generator (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Generator keyed by a dataset seed and a path of keys: same keys, same sequence. */
  static for(seed: number, ...parts: Array<string | number>): Rng {
    return new Rng(hash32(seed, ...parts));
  }
  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Float in [min, max) rounded to `digits` decimals. */
  float(min: number, max: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }
}

const B36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Fixed-width base-36 (upper case). */
export function toBase36(n: number, width: number): string {
  let s = '';
  let v = n;
  for (let i = 0; i < width; i++) {
    s = B36[v % 36] + s;
    v = Math.floor(v / 36);
  }
  return s;
}

/** Inverse of toBase36; -1 when a character is not [0-9A-Z]. */
export function fromBase36(s: string): number {
  let n = 0;
  for (const c of s) {
    const d = B36.indexOf(c);
    if (d < 0) return -1;
    n = n * 36 + d;
  }
  return n;
}

/** 64-char lower-case hex reference derived from a key (deterministic, looks opaque). */
export function opaqueReference(seed: number, key: string): string {
  let out = '';
  for (let i = 0; out.length < 64; i++) out += hash32(seed, key, i).toString(16).padStart(8, '0');
  return out.slice(0, 64);
}
