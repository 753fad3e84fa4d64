// extensionTestsPath module of the "proxy-env" pass: VS Code started with HTTP(S)_PROXY in its
// environment and no http.proxy (see PASSES in test/harness/run-host-tests.mjs).
import { runMochaIn } from '../runner';
export function run(): Promise<void> { return runMochaIn(__dirname); }
