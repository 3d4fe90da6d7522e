/**
 * The report as JSON and as CSV rows for a spreadsheet. Both are written from the one report
 * object, so they carry the same figures: CSV has one row per figure, `section,group,measure,key,value`.
 */
import type { CalibrationReport, Count, GroupStats, ReviewerStats } from './aggregate';

export function reportJson(report: CalibrationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export type Row = [section: string, group: string, measure: string, key: string, value: string | number];

export function reportRows(report: CalibrationReport): Row[] {
  const rows: Row[] = [
    ['cycle', 'all', 'read', '', report.read],
    ['cycle', 'all', 'reviews', '', report.reviews],
    ['cycle', 'all', 'minGroup', '', report.minGroup],
    ['cycle', 'all', 'suppressed', '', String(report.suppressed)],
  ];
  for (const p of report.privacy) {
    rows.push(['privacy', p.dimension, p.outcome, 'groups', p.groups], ['privacy', p.dimension, p.outcome, 'reviews', p.reviews]);
    if (p.complement) rows.push(['privacy', p.dimension, p.outcome, 'complement', p.complement]);
  }
  if (!report.suppressed) groupRows(rows, 'overall', report.overall);
  for (const g of report.reviewers) groupRows(rows, 'reviewer', g);
  for (const g of report.departments) groupRows(rows, 'department', g);
  for (const g of report.templates) groupRows(rows, 'template', g);
  for (const a of report.actions) rows.push(['action', a.path, a.kind, 'line', a.line + 1]);
  return rows;
}

function groupRows(rows: Row[], section: string, g: GroupStats | ReviewerStats): void {
  const add = (measure: string, key: string, value: string | number | undefined) => {
    if (value !== undefined) rows.push([section, g.label, measure, key, value]);
  };
  const counts = (measure: string, list: Count[]) => {
    for (const c of list) {
      add(measure, c.key, c.count);
      add(`${measure}%`, c.key, c.percent);
    }
  };
  add('reviews', '', g.reviews);
  add('rating', 'n', g.rating.n);
  add('rating', 'mean', g.rating.mean);
  add('rating', 'sd', g.rating.sd);
  add('rating', 'ci95', g.rating.ci95);
  counts('rating', g.rating.counts);
  for (const c of g.grades ?? []) {
    add('grade', c.key, c.count);
    add('grade%', c.key, c.percent);
    add('gradeTarget%', c.key, c.target);
  }
  counts('finding', g.findings);
  counts('notice', g.notice);
  counts('minutes', g.minutes);
  add('signoff', 'final', g.final);
  add('signoff', 'signed', g.signed);
  add('signoff', 'signed%', g.signedPercent);
  add('appeals', 'open', g.appealsOpen);
  add('support', 'pending', g.supportPending);
  for (const k of ['n', 'changed', 'up', 'down'] as const) add('calibration', k, g.calibration[k]);
  add('self', 'n', g.self.n);
  add('self', 'meanDelta', g.self.meanDelta);
  add('self', 'higher', g.self.higher);
  if ('flags' in g) {
    const r = g;
    if (r.meanTest) for (const k of ['t', 'df', 'p', 'pAdjusted', 'restMean'] as const) add('meanTest', k, r.meanTest[k]);
    if (r.spreadTest) for (const k of ['f', 'df1', 'df2', 'p', 'pAdjusted', 'restSd'] as const) add('spreadTest', k, r.spreadTest[k]);
    for (const f of r.flags) add('flag', f, 1);
  }
}

/** RFC 4180: fields with a comma, quote or line break are quoted; a leading =, +, - or @ is defused for spreadsheets. */
export function reportCsv(report: CalibrationReport): string {
  const field = (v: string | number) => {
    if (typeof v === 'number') return String(v);
    const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [['section', 'group', 'measure', 'key', 'value'].join(','), ...reportRows(report).map((r) => r.map(field).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
