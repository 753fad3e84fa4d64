/**
 * Features used on demand, not at activation: their own bundle, dist/features.js, required the
 * first time one is used (src/extension/lazy/load.ts), so extension.js and activation do not pay
 * for them: the support export (HAR + Markdown), the runnable cURL and the campaign flow.
 */
export { supportExport } from '../../core/har';
export { toCurl } from '../../core/har/curl';
export { compare } from '../../core/compare/engine';
export { runCampaignCommand } from '../campaign/runCampaign';
