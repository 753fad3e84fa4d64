import fs from 'node:fs';
import path from 'node:path';

/** Request files end with this; directories are searched recursively for them. */
export const REQUEST_FILE_SUFFIX = '.elig.json';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

export interface Discovered { files: string[]; missing: string[] }

/**
 * Expands files, directories (recursively, `*.elig.json`) and globs (`*`, `**`, `?`, `{a,b}`)
 * into a sorted, de-duplicated list of files. Inputs that match nothing are listed in `missing`.
 */
export function discoverRequestFiles(inputs: readonly string[], cwd: string): Discovered {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const before = files.size;
    if (/[*?{[]/.test(input)) {
      for (const f of expandGlob(input, cwd)) files.add(f);
    } else {
      const abs = path.resolve(cwd, input);
      let st: fs.Stats | undefined;
      try { st = fs.statSync(abs); } catch { /* missing */ }
      if (st?.isDirectory()) walk(abs, f => { if (f.endsWith(REQUEST_FILE_SUFFIX)) files.add(f); });
      else if (st?.isFile()) files.add(abs);
      else { missing.push(input); continue; }
    }
    if (files.size === before && !missing.includes(input)) missing.push(input);
  }
  return { files: [...files].sort(), missing };
}

function walk(dir: string, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p, visit); } else if (e.isFile()) visit(p);
  }
}

function expandGlob(pattern: string, cwd: string): string[] {
  const abs = path.resolve(cwd, pattern).split(path.sep).join('/');
  const parts = abs.split('/');
  const firstWild = parts.findIndex(p => /[*?{[]/.test(p));
  const base = parts.slice(0, firstWild).join('/') || '/';
  const re = globToRegExp(abs);
  const out: string[] = [];
  walk(base, f => { if (re.test(f.split(path.sep).join('/'))) out.push(f); });
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = '', i = 0, inBrace = false;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      if (glob[i + 2] === '/') { re += '(?:.*/)?'; i += 3; } else { re += '.*'; i += 2; }
      continue;
    }
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') { re += '(?:'; inBrace = true; }
    else if (c === '}' && inBrace) { re += ')'; inBrace = false; }
    else if (c === ',' && inBrace) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

/** The environments file for a run: `explicit`, else the nearest `elig.env.json` above `from`. */
export function findEnvFile(from: string, name = 'elig.env.json'): string | undefined {
  let dir = path.resolve(from);
  try { if (fs.statSync(dir).isFile()) dir = path.dirname(dir); } catch { dir = path.dirname(dir); }
  for (;;) {
    const f = path.join(dir, name);
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
