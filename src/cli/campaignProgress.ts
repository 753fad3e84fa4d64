import type { CampaignProgress } from '../core/campaign/run';

/** Campaign progress: one live line on a TTY, a plain line every 10 s otherwise (CI logs). */
export function campaignProgress(write: (s: string) => void, tty: boolean): { update: (p: CampaignProgress) => void; done: () => void } {
  let last = 0, shown = false;
  const every = tty ? 200 : 10_000;
  const line = (p: CampaignProgress) => {
    const errs = Object.entries(p.errorsPerApi).filter(([, n]) => n).map(([a, n]) => `${a} ${n}`).join(', ');
    const eta = p.etaSec !== undefined ? ` · ETA ${p.etaSec >= 90 ? `${Math.round(p.etaSec / 60)} min` : `${Math.round(p.etaSec)} s`}` : '';
    return `[${p.done}/${p.total ?? '?'}] ${p.rowsPerSec.toFixed(1)} rows/s${eta}${errs ? ` · errors: ${errs}` : ''}${p.bad ? ` · unreadable ${p.bad}` : ''}${p.fromJournal ? ` · ${p.fromJournal} from the journal` : ''}`;
  };
  return {
    update: p => {
      const now = Date.now();
      if (now - last < every) return;
      last = now; shown = true;
      write(tty ? `\r\u001b[2K${line(p)}` : `${line(p)}\n`);
    },
    done: () => { if (shown && tty) write('\r\u001b[2K'); },
  };
}
