/**
 * Campaigns (issue 12), VS Code-free. Bundled on its own as dist/campaign.js so the extension
 * loads it (csv-parse, csv-stringify, the report renderer) only when a campaign runs.
 */
export { planCampaign, executeCampaign, CampaignInputError } from './job';
export type { CampaignPlan, CampaignPlanOptions, CampaignRunOptions, CampaignOutcome, CampaignProgress } from './job';
export { readHeadOf } from './input';
export type { InputHead, InputRow } from './input';
export { detectColumns, mappingProblem, FIELDS } from './columns';
export type { ColumnMap, Field } from './columns';
export { HTML_LABELS } from './html';
export type { HtmlLabels } from './html';
export { CAMPAIGN_APIS } from './record';
