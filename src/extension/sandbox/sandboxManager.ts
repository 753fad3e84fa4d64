import * as vscode from 'vscode';
import type { Logger } from '../../core/log';

export interface SandboxHandle { url: string; close(): Promise<void> }
export type SandboxStarter = (opts: { port: number; logger?: Logger }) => Promise<SandboxHandle>;

/**
 * The embedded sandbox, in-process: started on first use of the Sandbox profile (or by
 * "Start sandbox"), stopped by "Stop sandbox" and when the extension deactivates.
 * Concurrent first uses share one start.
 */
export class SandboxManager implements vscode.Disposable {
  private handle: SandboxHandle | undefined;
  private starting: Promise<SandboxHandle> | undefined;
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** fires with the URL when it starts, undefined when it stops */
  readonly onDidChange = this.changed.event;

  constructor(private readonly start: SandboxStarter, private readonly logger: Logger) {}

  get url(): string | undefined { return this.handle?.url; }

  /** Starts it if needed; resolves with its base URL. */
  async ensure(): Promise<string> {
    if (this.handle) return this.handle.url;
    this.starting ??= (async () => {
      const port = vscode.workspace.getConfiguration('eligibility').get<number>('sandbox.port') ?? 0;
      try {
        const h = await this.start({ port, logger: this.logger });
        this.handle = h;
        this.logger.info(`sandbox listening on ${h.url}`);
        this.changed.fire(h.url);
        return h;
      } finally {
        this.starting = undefined;
      }
    })();
    return (await this.starting).url;
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
