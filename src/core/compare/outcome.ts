import { COMPARE_APIS, type CompareResult } from './schema';

/** Some cell waits for a choice (several localities, streets, buildings; RIP notComputed). */
export function isAmbiguous(r: CompareResult): boolean {
  return r.matrix.some(row => COMPARE_APIS.some(a => row.cells[a].status === 'needs-choice'))
    || COMPARE_APIS.some(a => r.resolved[a].status === 'ambiguous');
}

/** Some API call failed (a cell `error`): network, auth, 5xx, bad request… (not-found answers are not failures). */
export function hasApiError(r: CompareResult): boolean {
  return r.matrix.some(row => COMPARE_APIS.some(a => row.cells[a].status === 'error'));
}

/** `elig compare` exit code: 0 ok, 2 an API failed, 4 ambiguous (3, bad input, is decided before anything is sent). */
export function compareExitCode(r: CompareResult): 0 | 2 | 4 {
  if (hasApiError(r)) return 2;
  if (isAmbiguous(r)) return 4;
  return 0;
}
