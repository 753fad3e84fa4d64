/** `elig merge`: shard reports → one report (thin face of core/campaign/merge). */
import fs from 'node:fs';
import path from 'node:path';
import { layoutOf, MergeInputError, mergeShards } from '../core/campaign/merge';
import { reportTargetProblem, writeReports } from '../core/campaign/report';
import { UsageError } from './args';
import { parseFlags } from './campaignArgs';
import { CliIO, EXIT } from './run';

export async function mergeCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const t: { csv?: string; jsonl?: string; html?: string } = {};
  let inputs: string[];
  try {
    inputs = parseFlags(argv, (flag, value) => {
      if (flag === '--out') t.csv = path.resolve(io.cwd, value(flag));
      else if (flag === '--jsonl') t.jsonl = path.resolve(io.cwd, value(flag));
      else if (flag === '--html') t.html = path.resolve(io.cwd, value(flag));
      else throw new UsageError(`unknown option ${flag}`);
    }).map(f => path.resolve(io.cwd, f));
    if (!inputs.length) throw new UsageError('no shard reports given');
    if (!t.csv && !t.jsonl && !t.html) throw new UsageError('say where the merged report goes: --out F.csv, --jsonl F or --html F');
  } catch (e) { io.stderr(`elig merge: ${(e as Error).message}\nSee: elig merge --help\n`); return EXIT.input; }
  for (const f of inputs) if (!fs.existsSync(f)) { io.stderr(`elig merge: ${path.relative(io.cwd, f)}: no such file\n`); return EXIT.input; }
  const clash = reportTargetProblem(t, inputs);
  if (clash) { io.stderr(`elig merge: ${clash}\n`); return EXIT.input; }
  try {
    const layout = await layoutOf(inputs[0]);
    if (!layout) { io.stderr(`elig merge: ${path.relative(io.cwd, inputs[0])} is empty\n`); return EXIT.input; }
    let dups = 0;
    const stats = await writeReports(mergeShards(inputs, () => { dups++; }), layout, t, { title: `${inputs.length} shards`, generatedAt: new Date().toISOString(), mapping: {} });
    io.stderr(`${stats.rows} rows from ${inputs.length} reports${dups ? `; ${dups} rows present twice were kept once (the same shard given twice?)` : ''}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof MergeInputError) { io.stderr(`elig merge: ${e.message}\n`); return EXIT.input; }
    throw e;
  }
}
