// extensionTestsPath module of the "fresh" pass (Restricted Mode, no request file in the folder).
import { runMochaIn } from '../runner';
export function run(): Promise<void> { return runMochaIn(__dirname); }
