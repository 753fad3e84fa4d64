import fs from 'node:fs';
import path from 'node:path';

/**
 * An output file (`--out FILE`, `--har FILE`) checked before anything is sent: never one of the inputs (request files, the
 * environments file; symlinks and hard links included), never a directory, and writable (its
 * directory is created and a probe file written and removed). Returns the problem, if any.
 */
export function outFileProblem(out: string, inputs: readonly string[], shown: string, flag = '--out'): string | undefined {
  const same = (a: fs.Stats, b: fs.Stats) => a.dev === b.dev && a.ino === b.ino;
  let st: fs.Stats | undefined;
  try { st = fs.statSync(out); } catch { st = undefined; }
  if (st?.isDirectory()) return `${flag} ${shown}: is a directory; give a file name, e.g. ${flag} ${path.join(shown, flag === '--har' ? 'run.har' : 'report.json')}`;
  if (st) {
    for (const input of inputs) {
      let ist: fs.Stats | undefined;
      try { ist = fs.statSync(input); } catch { ist = undefined; }
      if ((ist && same(st, ist)) || path.resolve(input) === out) return `${flag} ${shown}: is one of the inputs (${input}); writing there would replace it. Choose another file`;
    }
  }
  try { fs.mkdirSync(path.dirname(out), { recursive: true }); } catch (e) {
    return `${flag} ${shown}: cannot create its directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const probe = tmpName(out);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.unlinkSync(probe);
  } catch (e) {
    try { fs.unlinkSync(probe); } catch { /* never created */ }
    return `${flag} ${shown}: cannot write there (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  return undefined;
}

function tmpName(out: string): string { return `${out}.${process.pid}.tmp`; }

/** Writes `text` to `out` atomically (a temp file beside it, then a rename); no temp file is left on failure. */
export function writeAtomic(out: string, text: string): void {
  const tmp = tmpName(out);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, out);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}
