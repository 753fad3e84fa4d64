import * as vscode from 'vscode';
import { features } from '../lazy/load';
import type { Services } from '../services';

/**
 * *Run Campaign from CSV…*; the flow itself (src/extension/campaign/runCampaign.ts) lives in dist/features.js.
 * Arguments: the file (palette: asked; explorer: the file right-clicked) and optional answers (CampaignAnswers).
 */
export function registerCampaignCommands(s: Services): vscode.Disposable[] {
  return [vscode.commands.registerCommand('eligibility.runCampaign', (uri?: unknown, answers?: unknown) =>
    features().runCampaignCommand(s, uri instanceof vscode.Uri ? uri : undefined, answers))];
}
