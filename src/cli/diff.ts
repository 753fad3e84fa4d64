/** `elig diff before.jsonl after.jsonl`: thin face of core/campaign/diff. */
import fs from 'node:fs';
import path from 'node:path';
import { diffReports, formatDiff } from '../core/campaign/diff';
import { MergeInputError } from '../core/campaign/merge';
import { UsageError } from './args';
import { parseFlags } from './campaignArgs';
import { CliIO, EXIT } from './run';

export async function diffCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let reporter: 'pretty' | 'markdown' | 'csv' = 'pretty', out: string | undefined, failOnChange = false;
  let files: string[];
  try {
    files = parseFlags(argv, (flag, value, inline) => {
      if (flag === '--reporter') {
        const r = value(flag);
        if (r !== 'pretty' && r !== 'markdown' && r !== 'csv') throw new UsageError(`--reporter must be pretty, markdown or csv (got ${JSON.stringify(r)})`);
        reporter = r;
      } else if (flag === '--out') out = path.resolve(io.cwd, value(flag));
      else if (flag === '--fail-on-change') { if (inline) throw new UsageError('--fail-on-change takes no value'); failOnChange = true; }
      else throw new UsageError(`unknown option ${flag}`);
    }).map(f => path.resolve(io.cwd, f));
    if (files.length !== 2) throw new UsageError('two reports to compare: elig diff before.jsonl after.jsonl');
  } catch (e) { io.stderr(`elig diff: ${(e as Error).message}\nSee: elig diff --help\n`); return EXIT.input; }
  for (const f of files) if (!fs.existsSync(f)) { io.stderr(`elig diff: ${path.relative(io.cwd, f)}: no such file\n`); return EXIT.input; }
  if (out && files.includes(out)) { io.stderr('elig diff: --out would overwrite one of the reports\n'); return EXIT.input; }
  try {
    const d = await diffReports(files[0], files[1]);
    const text = formatDiff(d, reporter);
    if (out) { const tmp = `${out}.${process.pid}.tmp`; fs.writeFileSync(tmp, text); fs.renameSync(tmp, out); } else io.stdout(text);
    return failOnChange && d.changes.length ? EXIT.failures : EXIT.ok;
  } catch (e) {
    if (e instanceof MergeInputError) { io.stderr(`elig diff: ${e.message}\n`); return EXIT.input; }
    throw e;
  }
}
