// The calibration report: facts of each review → figures of the cycle → JSON, CSV or HTML.
export { reviewFacts, type ActionItem, type ReviewFacts } from './facts';
export {
  ALPHA, CalibrationAggregator, DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR,
  type CalibrationReport, type Filters, type GroupStats, type ReportOptions, type ReviewerStats,
} from './aggregate';
export { reportCsv, reportJson, reportRows } from './tabular';
export { renderCalibrationHtml, type HtmlOptions } from './html';
