import * as vscode from 'vscode';
import type { Logger } from '../../core/log';

export interface SandboxHandle { url: string; close(): Promise<void> }
export type SandboxStarter = (opts: { port: number; logger?: Logger }) => Promise<SandboxHandle>;

/** Where the last port is remembered (global state: also across reloads of the window). */
export const LAST_PORT_KEY = 'eligibility.sandbox.lastPort';

/**
 * The embedded sandbox, in-process: started on first use of the Sandbox profile (or by
 * "Start sandbox"), stopped by "Stop sandbox" and when the extension deactivates.
 * Concurrent first uses share one start. With `eligibility.sandbox.port` 0 it keeps the port it
 * got first across restarts (a profile whose endpoint is the sandbox's URL keeps working);
 * when that port has been taken meanwhile, it takes a free one and says so in the log.
 */
export class SandboxManager implements vscode.Disposable {
  private handle: SandboxHandle | undefined;
  private starting: Promise<SandboxHandle> | undefined;
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** fires with the URL when it starts, undefined when it stops */
  readonly onDidChange = this.changed.event;

  private lastPort: number | undefined;

  constructor(private readonly start: SandboxStarter, private readonly logger: Logger, private readonly memento?: vscode.Memento) {
    this.lastPort = memento?.get<number>(LAST_PORT_KEY);
  }

  get url(): string | undefined { return this.handle?.url; }

  /** Starts it if needed; resolves with its base URL. */
  async ensure(): Promise<string> {
    if (this.handle) return this.handle.url;
    this.starting ??= (async () => {
      const configured = vscode.workspace.getConfiguration('eligibility').get<number>('sandbox.port') ?? 0;
      try {
        const h = await this.startOn(configured);
        this.handle = h;
        const port = Number(new URL(h.url).port);
        if (!configured && port !== this.lastPort) { this.lastPort = port; await this.memento?.update(LAST_PORT_KEY, port); }
        this.logger.info(`sandbox listening on ${h.url}`);
        this.changed.fire(h.url);
        return h;
      } finally {
        this.starting = undefined;
      }
    })();
    return (await this.starting).url;
  }

  /** The configured port; else the last one (a free one if it was taken meanwhile). */
  private async startOn(configured: number): Promise<SandboxHandle> {
    if (configured || !this.lastPort) return this.start({ port: configured, logger: this.logger });
    try {
      return await this.start({ port: this.lastPort, logger: this.logger });
    } catch (e) {
      this.logger.warn(`sandbox: port ${this.lastPort} is no longer free (${e instanceof Error ? e.message : String(e)}); taking another one: profiles pointing at the old URL need editing`);
      return this.start({ port: 0, logger: this.logger });
    }
  }

  async stop(): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
    const h = this.handle;
    this.handle = undefined;
    if (!h) return;
    await h.close();
    this.logger.info('sandbox stopped');
    this.changed.fire(undefined);
  }

  dispose(): void {
    void this.stop().catch(e => this.logger.warn(`sandbox stop failed: ${e instanceof Error ? e.message : String(e)}`));
    this.changed.dispose();
  }
}
