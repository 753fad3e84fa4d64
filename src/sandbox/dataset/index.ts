// Temporary stub while the dataset is being written; the real implementation replaces it.
import type { Dataset } from './types';
export * from './types';
export function createDataset(_seed?: number): Dataset {
  return {
    ovh: () => ({ kind: 'http', status: 503, body: { message: 'dataset not ready' } }),
    ovhTestByReference: () => ({ kind: 'http', status: 404, body: { message: 'not found' } }),
    poi: () => ({ status: 503, body: { code: 2600, message: 'not ready', description: 'not ready' } }),
    rip: () => ({ status: 503, body: { code: 2600, message: 'not ready', description: 'not ready' } }),
    stats: () => ({}),
  };
}
