import * as vscode from 'vscode';
import { createLogger, Logger, LogLevel } from '../core/log';

/** The one "Eligibility" LogOutputChannel, as the sink of a core Logger (lines arrive redacted). */
export function createLog(): { channel: vscode.LogOutputChannel; logger: Logger } {
  const channel = vscode.window.createOutputChannel('Eligibility', { log: true });
  const write: Record<LogLevel, (line: string) => void> = {
    trace: l => channel.trace(l), debug: l => channel.debug(l), info: l => channel.info(l),
    warn: l => channel.warn(l), error: l => channel.error(l),
  };
  const logger = createLogger((level, line) => write[level](line));
  return { channel, logger };
}
