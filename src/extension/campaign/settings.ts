import * as vscode from 'vscode';
import type { RateKey } from '../../core/schedule/rates';

/** `eligibility.campaign.*`: rows in flight at once, and requests per second per API family (the CLI's `--concurrency`, `--rate`). */
export function campaignSettings(): { concurrency: number; rates: Partial<Record<RateKey, number>> } {
  const c = vscode.workspace.getConfiguration('eligibility.campaign');
  const n = c.get<number>('concurrency', 8);
  const raw = c.get<Record<string, unknown>>('rates', {}) ?? {};
  const rates: Partial<Record<RateKey, number>> = {};
  for (const k of ['ovh', 'orange'] as const) {
    const v = raw[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) rates[k] = v;
  }
  return { concurrency: Number.isInteger(n) && n >= 1 && n <= 64 ? n : 8, rates };
}
