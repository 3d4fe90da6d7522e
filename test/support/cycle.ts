/**
 * A year-end appraisal cycle as an HR team would hold it: 212 reviews by nine reviewers in five
 * departments, on the scored annual template (S/A/B/C/D bands with target shares) and the plain
 * one. Planted patterns the report must find: one reviewer who rates high (leniency), one who
 * rates nearly everyone 3 (central tendency), a department and a reviewer with only four
 * reviews (to be hidden), and a unique marker in every piece of free text and every name (none
 * may reach the report). The same seed always writes the same files.
 */

/** Every marker planted: none may appear in any output of the report. */
export const MARKERS: string[] = [];

const mark = (what: string) => {
  const m = `QX${what}${MARKERS.length.toString(36)}ZQ`;
  MARKERS.push(m);
  return m;
};

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Reviewer { id: string; name: string; department: string; reviews: number; ratings: (r: () => number) => number }

/** A usual spread of ratings, leaning high as real cycles do: mostly 3 and 4, some 2 and 5, a few 1. */
const usual = (r: () => number) => {
  const x = r();
  return x < 0.03 ? 1 : x < 0.13 ? 2 : x < 0.58 ? 3 : x < 0.9 ? 4 : 5;
};

export const REVIEWERS: Reviewer[] = [
  { id: 'M01', name: 'Grace Okafor', department: 'East sales', reviews: 30, ratings: usual },
  { id: 'M02', name: 'Liu Yang', department: 'East sales', reviews: 28, ratings: usual },
  // Leniency: 4s and 5s for almost everyone.
  { id: 'M03', name: 'Daniel Brooks', department: 'Customer support', reviews: 30, ratings: (r) => (r() < 0.55 ? 5 : r() < 0.9 ? 4 : 3) },
  // Central tendency: a 3 or a 4 for everyone, about the usual mean with half the usual spread.
  { id: 'M04', name: 'Chen Jing', department: 'Finance', reviews: 26, ratings: (() => { let i = 0; return () => (i++ % 5 < 2 ? 4 : 3); })() },
  { id: 'M05', name: 'Maria Lopez', department: 'Engineering', reviews: 30, ratings: usual },
  { id: 'M06', name: 'Wang Qiang', department: 'Engineering', reviews: 32, ratings: usual },
  { id: 'M07', name: 'Priya Nair', department: 'Customer support', reviews: 16, ratings: usual },
  { id: 'M08', name: 'Tom Becker', department: 'Finance', reviews: 16, ratings: usual },
  // A group of four: its own reviewer and its own department.
  { id: 'M09', name: 'Hannah Schmidt', department: 'Legal affairs', reviews: 4, ratings: usual },
];

export const SMALL_DEPARTMENT = 'Legal affairs';
export const LENIENT = 'M03';
export const CENTRAL = 'M04';

const SCORED_TEMPLATE = `kind: template
name: Annual appraisal 2026 (scored)
type: appraisal
scale:
  - { value: 1, label: Unsatisfactory }
  - { value: 2, label: Needs improvement }
  - { value: 3, label: Meets expectations }
  - { value: 4, label: Exceeds expectations }
  - { value: 5, label: Outstanding }
scoring:
  method: weighted-sum
  items:
    - { id: results, title: Results, weight: 60 }
    - { id: behaviours, title: Behaviours, weight: 40 }
  bands:
    - { grade: S, min: 90, label: Outstanding, target_share: 10 }
    - { grade: A, min: 80, label: Exceeds, target_share: 20 }
    - { grade: B, min: 70, label: Meets, target_share: 50 }
    - { grade: C, min: 60, label: Partly meets, target_share: 15 }
    - { grade: D, min: 0, label: Does not meet, target_share: 5 }
`;

const PLAIN_TEMPLATE = `kind: template
name: Annual appraisal 2026
type: appraisal
`;

const GRADE_OF: Record<number, [string, number]> = { 5: ['S', 93], 4: ['A', 84], 3: ['B', 75], 2: ['C', 64], 1: ['D', 50] };

/** The cycle's files: path → text. */
export function cycle(seed = 2026): Record<string, string> {
  MARKERS.length = 0;
  const r = rng(seed);
  const files: Record<string, string> = {
    'templates/annual-scored.review.yaml': SCORED_TEMPLATE,
    'templates/annual.review.yaml': PLAIN_TEMPLATE,
  };
  let n = 0;
  for (const m of REVIEWERS) {
    for (let i = 0; i < m.reviews; i++) {
      n++;
      const rating = m.ratings(r);
      const scored = n % 2 === 0;
      const [grade, total] = GRADE_OF[rating]!;
      const status = r() < 0.12 ? 'held' : 'final';
      const notice = [1, 2, 3, 5, 7, 10][Math.floor(r() * 6)]!;
      const day = 1 + (n % 10);
      const employee = `${mark('name')} Employee`;
      const noPraise = r() < 0.15;
      const openOffice = r() < 0.08;
      const self = Math.min(5, rating + (r() < 0.4 ? 1 : 0));
      const disagree = r() < 0.06;
      const lines = [
        `# ${mark('comment')} prepared from the calibration pack`,
        'kind: review',
        `template: ../../templates/${scored ? 'annual-scored' : 'annual'}.review.yaml`,
        'type: appraisal',
        `status: ${status}`,
        'period: { start: 2026-01-01, end: 2026-12-31 }',
        `employee: { name: ${employee}, id: E${1000 + n}, role: Analyst, department: ${m.department} }`,
        `reviewer: { name: ${m.name}, id: ${m.id}, role: Manager }`,
        'meeting:',
        `  at: 2026-12-${String(day + 10).padStart(2, '0')}T10:30`,
        `  minutes: ${[30, 45, 60, 60, 90][n % 5]}`,
        `  notified_on: 2026-12-${String(day + 10 - notice).padStart(2, '0')}`,
        `  location: ${openOffice ? `Desk area ${mark('location')}` : `Room 3B ${mark('location')}`}`,
        `  setting: ${openOffice ? 'open-office' : 'private-room'}`,
        '  agenda:',
        '    - { topic: Opening and purpose, minutes: 5 }',
        '    - { topic: Results against goals, minutes: 20 }',
        '    - { topic: Strengths and areas to improve, minutes: 15 }',
        '    - { topic: Plan and next year, minutes: 10 }',
        'materials: [evaluation-form, performance-records, work-summary, job-description]',
        'goals:',
        `  - { id: g1, title: Close the ${mark('goal')} backlog, measure: Tickets closed from Jira, weight: 100, result: 40 tickets, status: met }`,
      ];
      if (!noPraise) lines.push('strengths:', `  - { text: Ran the ${mark('strength')} workshop that produced four leads, evidence: ${mark('evidence')} CRM record 14 Sep, date: 2026-09-14, goal: g1 }`);
      lines.push(
        'improvements:',
        `  - { id: i1, text: Weekly reports ${mark('improvement')} arrived after Monday noon, evidence: 6 of 20 reports late, date: 2026-09-30 }`,
        'improvement_plan:',
        `  - { addresses: i1, action: Draft on Friday ${mark('plan')}, owner: ${employee}, due: 2027-02-28, measure: 8 weeks on time }`,
        'next_goals:',
        `  - { id: n1, title: Keep churn ${mark('next')} below 5%, measure: CRM churn report, due: 2027-12-31 }`,
        `score: { value: ${rating}, rationale: ${mark('rationale')} results against the goal }`,
        `self_assessment: { summary: ${mark('self')} a good year, rating: ${self} }`,
      );
      if (scored)
        lines.push(
          'scoring:',
          '  items:',
          `    - { id: results, score: ${total}, comment: ${mark('scorecomment')} }`,
          `    - { id: behaviours, score: ${total} }`,
          `  total: ${total}`,
          `  grade: ${grade}`,
        );
      if (r() < 0.3) lines.push(`calibration: { proposed: ${Math.min(5, rating + 1)}, final: ${rating}, reason: ${mark('reason')} panel view, by: Panel, on: 2026-12-20 }`);
      lines.push(
        'employee_response:',
        `  agreement: ${disagree ? 'disagree' : 'agree'}`,
        `  comment: ${mark('response')} thanks for the conversation`,
        'follow_up: { on: 2027-03-15 }',
      );
      if (status === 'final') lines.push('signoffs:', `  - { role: reviewer, name: ${m.name}, on: 2026-12-21 }`, `  - { role: employee, name: ${employee}, on: 2026-12-22 }`);
      files[`reviews/${m.department.toLowerCase().replace(/ /g, '-')}/${m.id.toLowerCase()}-${String(n).padStart(3, '0')}.review.yaml`] = `${lines.join('\n')}\n`;
    }
  }
  return files;
}
