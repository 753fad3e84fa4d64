import type { ExecResult } from '../../../src/core/result';
import type { Offer } from '../../../src/core/model/normalized';
import * as path from 'node:path';
import { englishLabels } from '../../../src/build/l10n-scan';
import { VIEW_VERSION, type ResultLabels, type ResultView } from '../../../src/shared/protocol';

/** The results panel's labels in English, read from the host's table (src/extension/panel/labels.ts). */
export const labels = (): ResultLabels => englishLabels(path.resolve(__dirname, '../../../src/extension/panel/labels.ts')) as ResultLabels;

const TECHS = ['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO'] as const;

/** n offers, deterministic: every third is eligible, rates vary, some have no rate. */
export function offers(n: number): Offer[] {
  return Array.from({ length: n }, (_, i): Offer => ({
    api: 'ovh',
    technology: TECHS[i % TECHS.length],
    code: `${TECHS[i % TECHS.length]}-${String(i).padStart(4, '0')}`,
    name: `Offer ${i}`,
    eligible: i % 3 === 0,
    reasons: i % 3 === 0 ? [] : [{ code: i % 2 ? 'TOO_MUCH_ATTENUATION' : 'PAIRS_SATURATION', message: `reason for ${i}` }],
    downloadMbps: i % 7 === 6 ? undefined : (i * 37) % 1000 + 1,
    uploadMbps: i % 7 === 6 ? undefined : (i * 11) % 100 + 1,
    details: { activationTypes: i % 2 ? ['create'] : ['activate', 'createNeighbour'], provider: i % 4 ? 'ORANGE' : 'SFR' },
  }));
}

export function execResult(over: Partial<ExecResult> = {}): ExecResult {
  return {
    call: { api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X' } },
    ok: true,
    startedAt: '2026-11-22T14:00:00.000Z',
    durationMs: 123,
    raw: { eligibilityReference: 'ref-1', offers: [] },
    normalized: { api: 'ovh', endpoint: { referenceType: 'building', reference: 'IMB/91471/C/NT8X' }, offers: offers(5), eligibilityReference: 'ref-1' },
    schemaDrift: [],
    polls: 1,
    attempts: 1,
    exchange: {
      method: 'POST',
      url: 'https://eu.api.ovh.com/1.0/connectivity/eligibility/test/building',
      requestHeaders: { 'content-type': 'application/json', accept: 'application/json' },
      requestBody: { building: 'IMB/91471/C/NT8X' },
      status: 200,
      responseHeaders: { 'content-type': 'application/json', 'x-ovh-queryid': 'EU.ext-1.abc' },
      queryId: 'EU.ext-1.abc',
    },
    ...over,
  };
}

export function view(result: ExecResult = execResult()): ResultView {
  return { v: VIEW_VERSION, id: 'v1', title: 'test/building IMB/91471/C/NT8X', profile: 'Sandbox', result };
}
