/**
 * What the calibration report keeps of one review: numbers, enum values, group labels and rule
 * ids — never a sentence the manager or the employee wrote. The free text stays in the file;
 * only these facts reach the aggregate, so no view of the report can quote it.
 */
import { bandFor, bandsOf, computeScoring } from '../scoring';
import { daysBetween, parseDate, parseDateTime } from '../dates';
import { locate } from '../locate';
import type { ParsedDoc } from '../parse';
import type { Finding, LooseReview, LooseTemplate } from '../types';

/** Something to settle before the meeting, at a line of a file. */
export interface ActionItem {
  kind: 'not-final' | 'signoff-missing' | 'disagreement' | 'appeal-open' | 'support-pending';
  /** 0-based line of the file. */
  line: number;
}

export interface ReviewFacts {
  /** The reviewer's staff id, else name: the key reviews are grouped by (shown only as a code unless names are asked for). */
  reviewerKey: string;
  reviewerName?: string;
  employeeName?: string;
  department?: string;
  /** The template's name, else its path as written, else undefined (no template). */
  template?: string;
  /** `template:` as written in the review. */
  templatePath?: string;
  type?: string;
  status?: string;
  periodStart?: string;
  periodEnd?: string;
  /** The rating of record: the calibrated final rating when it is a number, else the overall score. */
  rating?: number;
  /** The template's scale values, lowest first, when it declares one. */
  scale?: number[];
  /** The grade of record: calibrated final grade, else the written grade, else the band of the computed total. */
  grade?: string;
  /** The template's bands with their target shares (percent), highest first. */
  bands?: { grade: string; target?: number }[];
  proposed?: number | string;
  final?: number | string;
  /** The employee's own overall rating, and the reviewer's overall score it is compared with. */
  selfRating?: number;
  managerRating?: number;
  noticeDays?: number;
  minutes?: number;
  setting?: string;
  /** Signed by both the employee and the reviewer, with dates. */
  signed: boolean;
  appealOpen: boolean;
  supportPending: number;
  agreement?: string;
  /** Each rule with at least one finding in the review. */
  rules: string[];
  actions: ActionItem[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The facts of one linted review: its data as the rules saw it, its template and its findings. */
export function reviewFacts(review: LooseReview, template: LooseTemplate | undefined, findings: readonly Finding[], parsed?: ParsedDoc): ReviewFacts {
  const line = (path: (string | number)[]) => (parsed ? locate(parsed, path).start.line : 0);
  const scoreValue = typeof review.score === 'number' ? review.score : num((review.score as { value?: unknown } | undefined)?.value);
  const final = review.calibration?.final;
  const rating = num(final) ?? scoreValue;

  const bands = bandsOf(template);
  const targets = new Map((template?.scoring?.bands ?? []).flatMap((b) => (b?.grade && typeof b.target_share === 'number' ? [[b.grade, b.target_share] as const] : [])));
  let grade = typeof final === 'string' && bands.some((b) => b.grade === final) ? final : str(review.scoring?.grade);
  if (grade === undefined && bands.length) {
    const total = computeScoring(review, template)?.total ?? num(review.scoring?.total);
    if (total !== undefined) grade = bandFor(bands, total)?.grade;
  }

  const at = parseDateTime(review.meeting?.at)?.date ?? parseDate(review.meeting?.at);
  const told = parseDate(review.meeting?.notified_on);
  const noticeDays = at && told ? daysBetween(told, at) : undefined;

  const signoffs = review.signoffs ?? [];
  const signedBy = (role: string) => signoffs.some((s) => s?.role === role && parseDate(s.on));
  const signed = signedBy('employee') && signedBy('reviewer');
  const appeal = review.employee_response?.appeal;
  const appealOpen = appeal?.requested === true && !/^(closed|resolved|withdrawn|decided|已结|已关闭|已处理)/i.test(appeal.status ?? '');
  const supportPending = (review.support_requests ?? []).filter((r) => r && (r.response === undefined || r.response === 'pending')).length;

  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const actions: ActionItem[] = [];
  if (review.status !== 'final') actions.push({ kind: 'not-final', line: line(['status']) });
  const firstOf = (rule: string) => findings.find((f) => f.rule === rule)?.range.start.line;
  const signoffLine = firstOf('signoff-missing');
  if (review.status === 'final' && !signed) actions.push({ kind: 'signoff-missing', line: signoffLine ?? line(['signoffs']) });
  const disagreement = firstOf('disagreement-unresolved');
  if (disagreement !== undefined || (review.employee_response?.agreement === 'disagree' && !appeal?.requested))
    actions.push({ kind: 'disagreement', line: disagreement ?? line(['employee_response', 'agreement']) });
  if (appealOpen) actions.push({ kind: 'appeal-open', line: line(['employee_response', 'appeal']) });
  if (supportPending) actions.push({ kind: 'support-pending', line: firstOf('support-request-unanswered') ?? line(['support_requests']) });

  const scale = (template?.scale ?? []).flatMap((l) => (typeof l?.value === 'number' ? [l.value] : [])).sort((a, b) => a - b);
  const facts: ReviewFacts = {
    reviewerKey: String(review.reviewer?.id ?? str(review.reviewer?.name) ?? '?'),
    signed,
    appealOpen,
    supportPending,
    rules,
    actions,
  };
  const put = <K extends keyof ReviewFacts>(key: K, value: ReviewFacts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  put('reviewerName', str(review.reviewer?.name));
  put('employeeName', str(review.employee?.name));
  put('department', str(review.employee?.department));
  put('template', str(template?.name) ?? str(review.template));
  put('templatePath', str(review.template));
  put('type', str(review.type));
  put('status', str(review.status));
  put('periodStart', parseDate(review.period?.start)?.text);
  put('periodEnd', parseDate(review.period?.end)?.text);
  put('rating', rating);
  if (scale.length) facts.scale = scale;
  put('grade', grade);
  if (bands.length) facts.bands = bands.map((b) => ({ grade: b.grade, ...(targets.has(b.grade) ? { target: targets.get(b.grade)! } : {}) }));
  const proposed = review.calibration?.proposed;
  if (typeof proposed === 'number' || typeof proposed === 'string') facts.proposed = proposed;
  if (typeof final === 'number' || typeof final === 'string') facts.final = final;
  put('selfRating', num(review.self_assessment?.rating));
  put('managerRating', scoreValue);
  if (noticeDays !== undefined && noticeDays >= 0) facts.noticeDays = noticeDays;
  put('minutes', num(review.meeting?.minutes));
  put('setting', str(review.meeting?.setting));
  put('agreement', str(review.employee_response?.agreement));
  return facts;
}
