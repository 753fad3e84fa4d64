import { startSandbox } from '../../sandbox';
import type { SandboxStarter } from './sandboxManager';

/** The embedded sandbox, in-process on 127.0.0.1 (a free port unless `eligibility.sandbox.port` says otherwise). */
export const startEmbeddedSandbox: SandboxStarter = ({ port, logger }) => startSandbox({ port, logger });
