import { COMPARE_APIS, type CellStatus, type CompareResult } from './schema';

/** A request-file `compare` entry that pins a matrix: `{ name, compare: { place, apis }, expect: { matrix } }`. */
export function compareEntry(r: CompareResult, name = `Compare ${r.query}`): Record<string, unknown> {
  const asked = COMPARE_APIS.filter(a => r.resolved[a].status !== 'not-asked');
  const matrix: Record<string, Partial<Record<string, CellStatus>>> = {};
  for (const row of r.matrix) {
    const cells: Partial<Record<string, CellStatus>> = {};
    for (const a of asked) if (row.cells[a].status !== 'not-asked') cells[a] = row.cells[a].status;
    if (Object.keys(cells).length) matrix[row.technology] = cells;
  }
  return { name, compare: { place: r.query, ...(asked.length < COMPARE_APIS.length ? { apis: asked } : {}) }, expect: { matrix } };
}
