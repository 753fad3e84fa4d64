import * as vscode from 'vscode';
import type { Services } from '../services';
import { ask, askLineStatus, normalizeLine, validate } from './inputs';
import { addressParams, pickAddress } from './searchAddress';

type Arg = Record<string, unknown> | string | undefined;
const obj = (a: Arg) => (a && typeof a === 'object' ? a : undefined);

/**
 * Test line…, Test address…, Test building…, Test OTP…: guided input (validated as you type)
 * unless the caller passes the parameters (tree, tests, keybindings), then the panel.
 */
export function registerTestCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('eligibility.testLine', async (arg?: Arg) => {
      let params = obj(arg);
      if (!params) {
        const line = await ask({ title: vscode.l10n.t('Test line (1/2)'), prompt: vscode.l10n.t('Line number (ND, 10 digits)'), placeHolder: '0123456789', check: validate.lineNumber });
        if (!line) return undefined;
        const status = await askLineStatus(vscode.l10n.t('Test line (2/2)'));
        if (!status) return undefined;
        params = { lineNumber: normalizeLine(line), status };
      }
      return s.runner.show({ api: 'ovh', operation: 'test/line', params }, { title: vscode.l10n.t('Line {0} ({1})', String(params.lineNumber), String(params.status)) });
    }),
    reg('eligibility.testAddress', async (arg?: Arg) => {
      let params = obj(arg);
      let title: string | undefined;
      if (!params) {
        const a = await pickAddress(s, vscode.l10n.t('Test address'));
        if (!a) return undefined;
        params = addressParams(a);
        title = vscode.l10n.t('Address {0}', a.label);
      }
      return s.runner.show({ api: 'ovh', operation: 'test/address', params }, { title });
    }),
    reg('eligibility.testBuilding', async (arg?: Arg) => {
      const building = typeof arg === 'string' ? arg : (obj(arg)?.building as string | undefined)
        ?? await ask({ title: vscode.l10n.t('Test building'), prompt: vscode.l10n.t('Building code (IMB/…)'), placeHolder: 'IMB/91471/C/NT8X', // l10n-ignore: example value
        check: validate.building });
      if (!building) return undefined;
      return s.runner.show({ api: 'ovh', operation: 'test/building', params: { building } }, { title: vscode.l10n.t('Building {0}', building) });
    }),
    reg('eligibility.testOtp', async (arg?: Arg) => {
      const otp = typeof arg === 'string' ? arg : (obj(arg)?.otp as string | undefined)
        ?? await ask({ title: vscode.l10n.t('Test OTP'), prompt: vscode.l10n.t('Optical socket (PTO) reference'), placeHolder: 'OO-XXXX-XXXX/C', // l10n-ignore: example value
        check: validate.otp });
      if (!otp) return undefined;
      return s.runner.show({ api: 'ovh', operation: 'test/otp', params: { otp } }, { title: vscode.l10n.t('OTP {0}', otp) });
    }),
  ];
}
