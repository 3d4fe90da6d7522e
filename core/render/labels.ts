/** Every fixed word the page shows, so a front end can pass translations (`renderHtml({ labels })`). */
export const DEFAULT_LABELS = {
  lang: 'en',
  reviewTitle: 'Performance review',
  templateTitle: 'Review template',
  notOurs: 'This file is not a review or a template: it has no top-level `kind`.',
  unreadable: 'Parts of this document could not be read; what could be read is shown below.',
  findingsSummary: 'Findings not tied to a section',
  findingCounts: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} info`,
  noFindings: 'No findings.',
  none: 'None recorded.',
  // header
  employee: 'Employee', reviewer: 'Reviewer', approver: 'Approver', period: 'Period', type: 'Type', status: 'Status',
  template: 'Template', id: 'Id', role: 'Role', department: 'Department',
  // meeting
  meeting: 'Meeting', at: 'When', minutes: 'Length', notifiedOn: 'Notice given on', location: 'Where', setting: 'Setting',
  agenda: 'Agenda', minutesUnit: (n: string) => `${n} min`, noticeDays: (n: number) => `${n} day(s) before the meeting`,
  materials: 'Materials prepared',
  goals: 'Goals of the period', goal: 'Goal', measure: 'Measure', weight: 'Weight', result: 'Result',
  competencies: 'Competencies', rating: 'Rating', comment: 'Comment',
  strengths: 'Strengths', evidence: 'Evidence', date: 'Date', relatesTo: 'Relates to goal',
  improvements: 'Areas to improve and the plan', improvement: 'Area to improve', plan: 'Plan',
  noPlan: 'No plan item addresses this area yet.', orphanPlan: 'Plan items that address no listed area',
  action: 'Action', owner: 'Owner', due: 'Due', support: 'Support',
  nextGoals: 'Goals for the next period',
  supportRequests: 'Support requested', request: 'Request', response: 'Answer', note: 'Note',
  score: 'Overall score', rationale: 'Rationale', offScale: 'not on the scale',
  employeeResponse: "Employee's response", agreement: 'Agreement', appeal: 'Appeal',
  appealRequested: 'Requested', appealNotRequested: 'Not requested', channel: 'Channel',
  followUp: 'Follow-up', followUpOn: 'Follow-up conversation on',
  signoffs: 'Sign-offs', signoffNote: 'A signature confirms receipt of this record, not agreement with it.',
  name: 'Name', signedOn: 'Signed on',
  other: 'Other keys (not part of the format)',
  // template
  scale: 'Rating scale', value: 'Value', label: 'Label', definition: 'Definition', title: 'Title', description: 'Description',
  policy: 'Policy', rules: 'Rule severities', rule: 'Rule', severity: 'Severity',
  workday: 'Workday', edgeMinutes: 'Distance from the workday edges', minMinutes: 'Shortest meeting',
  maxImprovements: 'Most areas to improve', noticeDaysLabel: 'Minimum notice',
  // enum values
  values: {
    plan: 'Planning', coaching: 'Coaching', appraisal: 'Appraisal',
    draft: 'Draft', scheduled: 'Scheduled', held: 'Held', final: 'Final',
    'private-room': 'Private room', 'video-call': 'Video call', 'open-office': 'Open office', other: 'Other',
    'not-met': 'Not met', 'partly-met': 'Partly met', met: 'Met', exceeded: 'Exceeded',
    approved: 'Approved', 'partly-approved': 'Partly approved', declined: 'Declined', pending: 'Pending',
    agree: 'Agrees', 'partly-agree': 'Partly agrees', disagree: 'Disagrees',
    employee: 'Employee', reviewer: 'Reviewer', approver: 'Approver', hr: 'HR',
    'evaluation-form': 'Evaluation form', 'performance-records': 'Performance records', 'work-summary': 'Work summary',
    'job-description': 'Job description', 'salary-history': 'Salary history', 'work-plan': 'Work plan',
    'responsibility-letter': 'Responsibility letter', 'appraisal-results': 'Appraisal results', 'previous-review': 'Previous review',
  } as Record<string, string>,
};

export type Labels = typeof DEFAULT_LABELS;
