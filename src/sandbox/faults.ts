/**
 * Run-time fault state: which rules are active, how many times each may still fire, and the
 * seeded PRNG that makes rate-based decisions deterministic for a given request sequence.
 */
import { type FaultConfig, type FaultConfigInput, type FaultRule, parseFaultConfig } from './faultConfig';
import { createPrng, type Prng } from './prng';

export interface FaultDecision {
  /** delay before answering (latency + jitter) */
  delayMs: number;
  connection?: 'reset' | 'hang';
  status?: { status: number; retryAfter?: number };
  body?: 'truncate' | 'invalid-json';
}

function matches(rule: { path?: string }, pathname: string): boolean {
  return rule.path === undefined || rule.path === '' || pathname.startsWith(rule.path);
}

export class FaultState {
  private config: FaultConfig;
  private remaining: (number | undefined)[] = [];
  private prng: Prng;
  private jitterPrng: Prng;

  constructor(private readonly seed: number, initial?: FaultConfigInput) {
    this.config = parseFaultConfig(initial);
    this.prng = createPrng(seed);
    this.jitterPrng = createPrng(seed ^ 0x5bd1e995);
    this.resetCounts();
  }

  get(): FaultConfig { return this.config; }

  /** Replaces the whole configuration (throws a ZodError on bad input). */
  set(input: unknown): FaultConfig {
    this.config = parseFaultConfig(input);
    this.prng = createPrng(this.seed);
    this.jitterPrng = createPrng(this.seed ^ 0x5bd1e995);
    this.resetCounts();
    return this.config;
  }

  private resetCounts(): void {
    this.remaining = this.config.rules.map(r => r.times);
  }

  private fires(rule: FaultRule, i: number, pathname: string): boolean {
    if (!matches(rule, pathname)) return false;
    const left = this.remaining[i];
    if (left !== undefined && left <= 0) return false;
    if (rule.rate < 1 && this.prng.next() >= rule.rate) return false;
    if (left !== undefined) this.remaining[i] = left - 1;
    return true;
  }

  /** What to do with one API request (never called for /_sandbox/ paths). */
  decide(pathname: string): FaultDecision {
    const c = this.config;
    const d: FaultDecision = { delayMs: c.latencyMs + (c.jitterMs > 0 ? Math.floor(this.jitterPrng.next() * (c.jitterMs + 1)) : 0) };
    c.rules.forEach((rule, i) => {
      if (rule.kind === 'reset' || rule.kind === 'hang') {
        if (!d.connection && this.fires(rule, i, pathname)) d.connection = rule.kind;
      } else if (rule.kind === 'status') {
        if (!d.connection && !d.status && this.fires(rule, i, pathname)) d.status = { status: rule.status ?? 500, retryAfter: rule.retryAfter };
      } else if (!d.connection && !d.status && !d.body && this.fires(rule, i, pathname)) {
        d.body = rule.kind;
      }
    });
    return d;
  }

  isStuck(pathname: string): boolean {
    return this.config.stuckPending.some(p => p === '' || p === '/' || pathname.startsWith(p));
  }
}
