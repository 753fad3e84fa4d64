/**
 * The run summary and result diff panels (host side): their own bundle, dist/panels.js, required
 * on first use (src/extension/summary/lazyPanels.ts), so activation and extension.js do not pay for them.
 */
export { DiffPanel } from './diffPanel';
export { SummaryPanel } from './summaryPanel';
