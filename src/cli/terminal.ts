import { redactor } from '../core/log';
import { inert, inertLines } from '../core/terminal';

/** Data on its way to a terminal: redacted (the one redaction point), then made inert. */
export function safe(text: string): string { return inert(redactor.redact(text)); }

/** A message of several lines (our own line breaks kept, every line's data escaped). */
export function safeLines(text: string): string { return inertLines(redactor.redact(text)); }
