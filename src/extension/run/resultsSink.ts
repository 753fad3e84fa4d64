import type { ResultEntry } from './history';

/**
 * Where results are shown. The one seam between the runners and the results panel
 * (src/extension/panel/): extension.ts adapts the panel to this interface.
 */
export interface ResultsSink {
  show(entry: ResultEntry): void;
}
