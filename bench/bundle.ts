/** 4a. Bundle and VSIX sizes (the production build is made by `npm run bench` before this runs). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, round, Row } from './lib';

export const BUNDLE_BUDGET_KB = 400;

export function bundleRows(): Row[] {
  const kb = (p: string) => round(fs.statSync(path.join(ROOT, p)).size / 1024);
  const ext = kb('dist/extension.js');
  const rows: Row[] = [
    { id: '4a', metric: 'dist/extension.js (minified)', value: ext, unit: 'KB', budget: `≤ ${BUNDLE_BUDGET_KB} KB`, pass: ext <= BUNDLE_BUDGET_KB,
      note: "httpYac's ≈ 3 MB, REST Client's ≈ 4.8 MB" },
    { id: '4b', metric: 'dist/webview/main.js (minified)', value: kb('dist/webview/main.js'), unit: 'KB', budget: 'informative' },
  ];
  const vsix = path.join(ROOT, 'dist', 'eligibility-explorer.vsix');
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--no-rewrite-relative-links', '--out', vsix],
      { cwd: ROOT, stdio: 'pipe' });
    rows.push({ id: '4c', metric: 'VSIX size', value: kb('dist/eligibility-explorer.vsix'), unit: 'KB', budget: 'informative' });
  } catch (e) {
    rows.push({ id: '4c', metric: 'VSIX size', value: NaN, unit: 'KB', budget: 'informative', note: `vsce failed: ${String((e as Error).message).split('\n')[0]}` });
  }
  return rows;
}
