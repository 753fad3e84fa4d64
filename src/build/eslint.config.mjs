// Layering, enforced (run by `npm run lint`, part of `npm run test:unit`):
//   src/core     never imports vscode, the extension, the CLI, the sandbox or the webview
//   src/sandbox  never imports vscode, the extension, the CLI or the webview
//   src/cli      never imports vscode or the extension
//   webview/     imports only the shared protocol (and browser libraries)
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message }], patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '**/*.js', '**/*.mjs', 'test/fixtures/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {},
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(['**/extension/**', '**/cli/**', '**/sandbox/**', '**/webview/**'],
      'src/core is VS Code-free and knows nothing of its callers: take what you need through a port.'),
  },
  {
    files: ['src/sandbox/**/*.ts'],
    rules: restrict(['**/extension/**', '**/cli/**', '**/webview/**'], 'the sandbox depends on src/core only.'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(['**/extension/**', '**/webview/**'], 'the CLI depends on src/core and src/sandbox only.'),
  },
  {
    files: ['webview/**/*.ts'],
    rules: restrict(['**/core/**', '**/extension/**', '**/cli/**', '**/sandbox/**'],
      'the webview talks to the host only through src/shared/protocol.ts.'),
  },
);
