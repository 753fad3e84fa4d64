import type { RunProgress } from '../core/requests/runner';
import { safe } from './terminal';

/** A one-line progress indicator on stderr (only used on a TTY); the request name is redacted and made inert. */
export function progressPrinter(write: (s: string) => void): { update: (p: RunProgress) => void; done: () => void } {
  let last = 0, shown = false;
  return {
    update: p => {
      const now = Date.now();
      if (p.done !== p.total && now - last < 100) return;
      last = now; shown = true;
      write(`\r\u001b[2K[${p.done}/${p.total}] ${p.running} running${p.outcome ? ` · ${safe(p.outcome.name).slice(0, 57)}` : ''}`);
    },
    done: () => { if (shown) write('\r\u001b[2K'); },
  };
}
