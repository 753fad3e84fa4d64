/** What one extension-host run of the benchmarks writes to $ELIG_BENCH_OUT (read by bench/activation.ts). */
export interface TreeTimes {
  /** label of the parent and how many children it has in all */
  parent: string;
  total: number;
  /** first page: getChildren (answer from the embedded sandbox) + getTreeItem of each visible child */
  coldMs: number;
  /** the same, answers cached: median of `cachedRuns` */
  cachedMs: number;
  cachedRuns: number;
  /** what the first page shows: visible nodes (incl. the "Load more" node) and the last label */
  visible: number;
  lastLabel: string;
  /** "Load more" then the two pages (cached) */
  secondPageMs?: number;
  secondPageVisible?: number;
}

export interface HostBenchResult {
  /** the extension was not active before the measurement */
  wasInactive: boolean;
  /** require() of dist/extension.js (code loading and module evaluation) */
  codeLoadMs?: number;
  /** the synchronous call of the module's activate(), measured by wrapping the export */
  activateCallMs?: number;
  /** `await extension.activate()` from the API, whole (VS Code's bookkeeping included) */
  apiActivateMs?: number;
  /** VS Code's own code/extHost/{will,did}LoadExtensionCode marks (≈ 0: the module was required first) */
  markCodeLoadMs?: number;
  city?: TreeTimes;
  street?: TreeTimes;
  errors: string[];
}
