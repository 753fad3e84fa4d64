// extensionTestsPath module of the "main" pass (trusted folder: a copy of examples/ + test fixtures).
import { runMochaIn } from '../runner';
export function run(): Promise<void> { return runMochaIn(__dirname); }
