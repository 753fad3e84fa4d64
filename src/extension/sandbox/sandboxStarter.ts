import * as path from 'path';
import type * as SandboxModule from '../../sandbox';
import type { SandboxStarter } from './sandboxManager';

/**
 * The embedded sandbox, in-process on 127.0.0.1 (a free port unless `eligibility.sandbox.port`
 * says otherwise). It is its own bundle (dist/sandbox.js, next to dist/extension.js), required on
 * first use: activation and the extension bundle do not pay for the simulator and its dataset.
 */
export const startEmbeddedSandbox: SandboxStarter = ({ port, logger }) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sandbox = require(path.join(__dirname, 'sandbox.js')) as typeof SandboxModule;
  return sandbox.startSandbox({ port, logger });
};
