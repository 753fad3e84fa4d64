import * as vscode from 'vscode';
import { BUILDING_CODE_PATTERN } from '../../core/apis/orange/schemas-b2b';

/** Validation as you type: undefined when fine, else what is wrong (and the expected shape). */
export const validate = {
  lineNumber: (v: string) => /^\d{10}$/.test(v.replace(/[\s.]/g, '')) ? undefined
    : vscode.l10n.t('A line number (ND) has 10 digits, e.g. 0123456789'),
  building: (v: string) => BUILDING_CODE_PATTERN.test(v.trim()) ? undefined
    : vscode.l10n.t('A building code looks like IMB/91471/C/NT8X (IMB/ + 5 characters / letter / 4 characters)'),
  otp: (v: string) => /^[A-Z]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}(\/[A-Z0-9])?$/i.test(v.trim()) ? undefined
    : vscode.l10n.t('An optical socket (PTO/OTP) reference looks like OO-XXXX-XXXX/C'),
  zipCode: (v: string) => /^\d{5}$/.test(v.trim()) ? undefined : vscode.l10n.t('A French zip code has 5 digits, e.g. 91400'),
  coordinates: (v: string) => parseCoordinates(v) ? undefined
    : vscode.l10n.t('latitude, longitude [, distance in metres], e.g. 48.6986, 2.1873, 50'),
  fullTextAddress: (v: string) => v.includes(',') && v.trim().length > 4 ? undefined
    : vscode.l10n.t('Street and city separated by a comma, e.g. 340 Avenue De La Marne, 59700 Marcq En Baroeul'),
};

export const normalizeLine = (v: string) => v.replace(/[\s.]/g, '');

export function parseCoordinates(v: string): { latitude: number; longitude: number; distance?: number } | undefined {
  const parts = v.split(/[,;\s]+/).filter(Boolean).map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some(n => !Number.isFinite(n))) return undefined;
  const [latitude, longitude, distance] = parts;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  if (distance !== undefined && (!Number.isInteger(distance) || distance <= 0)) return undefined;
  return { latitude, longitude, distance };
}

/** An input box that validates as you type; undefined when cancelled. */
export async function ask(opts: { title: string; prompt: string; placeHolder?: string; value?: string;
  check: (v: string) => string | undefined; password?: boolean }): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({
    title: opts.title, prompt: opts.prompt, placeHolder: opts.placeHolder, value: opts.value, password: opts.password,
    ignoreFocusOut: true, validateInput: s => (s ? opts.check(s) : undefined),
  });
  if (v === undefined || !v.trim()) return undefined;
  return opts.check(v) ? undefined : v.trim();
}

export async function askLineStatus(title: string): Promise<'active' | 'inactive' | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: 'active', description: vscode.l10n.t('an Internet access runs on this line'), value: 'active' as const },
    { label: 'inactive', description: vscode.l10n.t('an identifier kept after the previous owner left'), value: 'inactive' as const },
  ], { title, placeHolder: vscode.l10n.t('Status of the line') });
  return pick?.value;
}
