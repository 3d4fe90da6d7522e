import { type Locale, type MessageKey, catalogs, t, tn } from '../i18n';

/** The label names a page uses; their text is in the message catalog under `render.<name>`. */
const NAMES = [
  'lang', 'reviewTitle', 'templateTitle', 'notOurs', 'unreadable', 'findingsSummary', 'noFindings', 'none',
  // header
  'employee', 'reviewer', 'approver', 'period', 'type', 'status', 'template', 'id', 'role', 'department',
  // meeting
  'meeting', 'at', 'minutes', 'notifiedOn', 'location', 'setting', 'agenda', 'materials',
  'goals', 'goal', 'measure', 'weight', 'result', 'competencies', 'rating', 'comment',
  'strengths', 'evidence', 'date', 'relatesTo', 'improvements', 'improvement', 'plan', 'noPlan', 'orphanPlan',
  'action', 'owner', 'due', 'support', 'nextGoals', 'supportRequests', 'request', 'response', 'note',
  'score', 'rationale', 'offScale', 'employeeResponse', 'agreement', 'appeal', 'appealRequested', 'appealNotRequested', 'channel',
  'followUp', 'followUpOn', 'signoffs', 'signoffNote', 'name', 'signedOn', 'other',
  // template
  'scale', 'value', 'label', 'definition', 'title', 'description', 'policy', 'rules', 'rule', 'severity',
  'workday', 'edgeMinutes', 'minMinutes', 'maxImprovements', 'noticeDaysLabel', 'materialsToPrepare',
  // the parts of real review forms
  'secondRater', 'approvers', 'selfAssessment', 'summary', 'selfRating', 'selfScore', 'submittedOn', 'selfVsReviewer', 'item', 'gap', 'discussion', 'scoring', 'reviewerScore', 'secondScore', 'combined', 'total', 'computed', 'grade', 'raterWeights', 'calibration', 'proposed', 'final', 'reason', 'moderatedBy', 'checkpoints', 'heldOn', 'reviewed', 'consequence', 'outcome', 'decision', 'effectiveOn', 'extendedTo', 'developmentPlan', 'skill', 'activity', 'raterFeedback', 'relationship', 'raters', 'okrs', 'keyResults', 'progress', 'confidence', 'payProgression', 'recommendation', 'attachments', 'path', 'bands', 'minTotal', 'targetShare', 'method', 'scoringMax', 'outcomes', 'competencyLevels', 'afterDays',
] as const;

type Name = (typeof NAMES)[number];

export type Labels = Record<Name, string> & {
  findingCounts: (e: number, w: number, i: number) => string;
  minutesUnit: (n: string) => string;
  noticeDays: (n: number) => string;
  /** Enum values (type, status, setting, goal status, agreement, roles, material ids) by value. */
  values: Record<string, string>;
};

/** Every fixed word a page shows, in `locale`; a front end may still override some (`renderHtml({ labels })`). */
export function labelsFor(locale: Locale = 'en'): Labels {
  const labels = Object.fromEntries(NAMES.map((n) => [n, t(locale, `render.${n}` as MessageKey)])) as Record<Name, string>;
  const values: Record<string, string> = {};
  for (const key of Object.keys(catalogs.en)) if (key.startsWith('render.enum.')) values[key.slice('render.enum.'.length)] = t(locale, key as MessageKey);
  return {
    ...labels,
    findingCounts: (errors, warnings, infos) =>
      t(locale, 'render.findingCounts', { errors: tn(locale, 'render.count.errors', errors), warnings: tn(locale, 'render.count.warnings', warnings), infos: tn(locale, 'render.count.infos', infos) }),
    minutesUnit: (n) => t(locale, 'render.minutesUnit', { n }),
    noticeDays: (n) => tn(locale, 'render.noticeDays', n),
    values,
  };
}

export const DEFAULT_LABELS: Labels = labelsFor('en');
