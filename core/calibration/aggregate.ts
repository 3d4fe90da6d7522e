/**
 * The calibration report's figures, folded review by review: each group keeps running counts and
 * sums, never the reviews, so memory grows with the number of groups, not of files. Privacy is
 * applied when the figures are read: a group smaller than `minGroup` is merged into "other" (or,
 * when "other" is itself too small, left out), and the report says which.
 */
import type { ActionItem, ReviewFacts } from './facts';
import { type FTest, type Moments, type TTest, addTo, emptyMoments, halfWidth95, mean, minus, narrower, variance, welch } from './stats';

/** Groups smaller than this are never shown on their own; no setting goes below it. */
export const MIN_GROUP_FLOOR = 3;
export const DEFAULT_MIN_GROUP = 5;
/** The family-wise error rate of the flags (Bonferroni over the reviewers tested). */
export const ALPHA = 0.05;

export interface Filters {
  /** A prefix of the period's end date: `2026`, `2026-06`. */
  period?: string;
  type?: string;
  /** The template's name, or its path as written in the reviews. */
  template?: string;
  department?: string;
}

export interface ReportOptions {
  minGroup?: number;
  withNames?: boolean;
  filters?: Filters;
}

export const NOTICE_BUCKETS = ['0', '1', '2', '3–4', '5–9', '10+'] as const;
export const MINUTE_BUCKETS = ['< 30', '30–44', '45–59', '60–89', '90+'] as const;

export interface Count { key: string; count: number; percent: number }
export interface GradeCount extends Count { target?: number }

export interface RatingStats {
  n: number;
  mean?: number;
  sd?: number;
  /** Half-width of the 95 % interval of the mean. */
  ci95?: number;
  counts: Count[];
}

export interface GroupStats {
  label: string;
  reviews: number;
  /** True for the group that holds the groups too small to show on their own. */
  merged?: boolean;
  rating: RatingStats;
  grades?: GradeCount[];
  findings: Count[];
  notice: Count[];
  minutes: Count[];
  final: number;
  signed: number;
  signedPercent: number;
  appealsOpen: number;
  supportPending: number;
  calibration: { n: number; changed: number; up: number; down: number };
  self: { n: number; meanDelta?: number; higher: number };
}

export interface ReviewerStats extends GroupStats {
  /** Mean against the rest of the cycle: Welch's t-test, two-sided, with the Bonferroni-adjusted p. */
  meanTest?: TTest & { restMean: number; pAdjusted: number };
  /** Spread against the rest: F-test that this reviewer's variance is smaller, with the adjusted p. */
  spreadTest?: FTest & { restSd: number; pAdjusted: number };
  flags: ('lenient' | 'severe' | 'central')[];
}

export interface PrivacyNote {
  dimension: 'reviewer' | 'department' | 'template';
  /** Groups below the threshold, and the reviews of "other" (or of the groups left out). */
  groups: number;
  reviews: number;
  outcome: 'merged' | 'suppressed';
  /** Groups big enough to show that joined "other" so that it is big enough too. */
  complement?: number;
}

export interface ReportAction extends ActionItem { path: string; employee?: string }

export interface CalibrationReport {
  version: 1;
  filters: Filters;
  minGroup: number;
  namesShown: boolean;
  /** Reviews read, and those the filters kept. */
  read: number;
  reviews: number;
  /** The whole cycle is smaller than minGroup: no figure is shown. */
  suppressed: boolean;
  privacy: PrivacyNote[];
  alpha: number;
  overall: GroupStats;
  reviewers: ReviewerStats[];
  departments: GroupStats[];
  templates: GroupStats[];
  actions: ReportAction[];
}

class Group {
  reviews = 0;
  ratings: Moments = emptyMoments();
  ratingCounts = new Map<number, number>();
  scale: number[] | undefined;
  grades = new Map<string, number>();
  bands: { grade: string; target?: number }[] | undefined;
  rules = new Map<string, number>();
  notice = new Array<number>(NOTICE_BUCKETS.length).fill(0);
  minutes = new Array<number>(MINUTE_BUCKETS.length).fill(0);
  final = 0;
  signed = 0;
  appealsOpen = 0;
  supportPending = 0;
  calibration = { n: 0, changed: 0, up: 0, down: 0 };
  selfDelta: Moments = emptyMoments();
  selfHigher = 0;

  add(f: ReviewFacts): void {
    this.reviews++;
    if (f.rating !== undefined) {
      addTo(this.ratings, f.rating);
      bump(this.ratingCounts, f.rating);
    }
    this.scale ??= f.scale;
    this.bands ??= f.bands;
    if (f.grade !== undefined) bump(this.grades, f.grade);
    for (const r of f.rules) bump(this.rules, r);
    if (f.noticeDays !== undefined) this.notice[noticeBucket(f.noticeDays)]!++;
    if (f.minutes !== undefined) this.minutes[minuteBucket(f.minutes)]!++;
    if (f.status === 'final') {
      this.final++;
      if (f.signed) this.signed++;
    }
    if (f.appealOpen) this.appealsOpen++;
    if (f.supportPending) this.supportPending++;
    if (f.proposed !== undefined && f.final !== undefined) {
      this.calibration.n++;
      if (f.proposed !== f.final) {
        this.calibration.changed++;
        const dir = typeof f.proposed === 'number' && typeof f.final === 'number' ? Math.sign(f.final - f.proposed) : gradeDirection(f.bands, f.proposed, f.final);
        if (dir > 0) this.calibration.up++;
        else if (dir < 0) this.calibration.down++;
      }
    }
    if (f.selfRating !== undefined && f.managerRating !== undefined) {
      addTo(this.selfDelta, f.selfRating - f.managerRating);
      if (f.selfRating > f.managerRating) this.selfHigher++;
    }
  }

  /** Folds another group in: "other" is the sum of the groups too small to show. */
  merge(g: Group): void {
    this.reviews += g.reviews;
    this.ratings = { n: this.ratings.n + g.ratings.n, sum: this.ratings.sum + g.ratings.sum, sumSq: this.ratings.sumSq + g.ratings.sumSq };
    for (const [k, v] of g.ratingCounts) bump(this.ratingCounts, k, v);
    this.scale ??= g.scale;
    this.bands ??= g.bands;
    for (const [k, v] of g.grades) bump(this.grades, k, v);
    for (const [k, v] of g.rules) bump(this.rules, k, v);
    g.notice.forEach((v, i) => (this.notice[i]! += v));
    g.minutes.forEach((v, i) => (this.minutes[i]! += v));
    this.final += g.final;
    this.signed += g.signed;
    this.appealsOpen += g.appealsOpen;
    this.supportPending += g.supportPending;
    for (const k of ['n', 'changed', 'up', 'down'] as const) this.calibration[k] += g.calibration[k];
    this.selfDelta = { n: this.selfDelta.n + g.selfDelta.n, sum: this.selfDelta.sum + g.selfDelta.sum, sumSq: this.selfDelta.sumSq + g.selfDelta.sumSq };
    this.selfHigher += g.selfHigher;
  }

  stats(label: string, merged = false): GroupStats {
    const m = this.ratings;
    const values = [...new Set([...(this.scale ?? []), ...this.ratingCounts.keys()])].sort((a, b) => a - b);
    const rating: RatingStats = { n: m.n, counts: values.map((v) => count(String(v), this.ratingCounts.get(v) ?? 0, m.n)) };
    if (m.n) rating.mean = round(mean(m), 2);
    if (m.n >= 2) {
      rating.sd = round(Math.sqrt(variance(m)), 2);
      rating.ci95 = round(halfWidth95(m)!, 2);
    }
    const graded = [...this.grades.values()].reduce((a, b) => a + b, 0);
    const order = this.bands?.map((b) => b.grade) ?? [];
    const gradeKeys = [...order, ...[...this.grades.keys()].filter((g) => !order.includes(g)).sort()];
    const out: GroupStats = {
      label,
      reviews: this.reviews,
      ...(merged ? { merged: true } : {}),
      rating,
      findings: [...this.rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => count(k, v, this.reviews)),
      notice: NOTICE_BUCKETS.map((k, i) => count(k, this.notice[i]!, sumOf(this.notice))),
      minutes: MINUTE_BUCKETS.map((k, i) => count(k, this.minutes[i]!, sumOf(this.minutes))),
      final: this.final,
      signed: this.signed,
      signedPercent: pct(this.signed, this.final),
      appealsOpen: this.appealsOpen,
      supportPending: this.supportPending,
      calibration: { ...this.calibration },
      self: { n: this.selfDelta.n, higher: this.selfHigher, ...(this.selfDelta.n ? { meanDelta: round(mean(this.selfDelta), 2) } : {}) },
    };
    if (graded || order.length) {
      const target = new Map(this.bands?.map((b) => [b.grade, b.target]));
      out.grades = gradeKeys.map((g) => {
        const c: GradeCount = count(g, this.grades.get(g) ?? 0, graded);
        const t = target.get(g);
        if (t !== undefined) c.target = t;
        return c;
      });
    }
    return out;
  }
}

/** Folds reviews one at a time; `report()` reads the figures with privacy applied. */
export class CalibrationAggregator {
  private readonly minGroup: number;
  private readonly withNames: boolean;
  private readonly filters: Filters;
  private read = 0;
  private readonly overall = new Group();
  private readonly byReviewer = new Map<string, { group: Group; name?: string }>();
  private readonly byDepartment = new Map<string, Group>();
  private readonly byTemplate = new Map<string, Group>();
  private readonly actions: ReportAction[] = [];

  constructor(options: ReportOptions = {}) {
    this.minGroup = Math.max(MIN_GROUP_FLOOR, Math.floor(options.minGroup ?? DEFAULT_MIN_GROUP));
    this.withNames = options.withNames === true;
    this.filters = options.filters ?? {};
  }

  /** Whether a review belongs to the cycle the filters describe. */
  matches(f: ReviewFacts): boolean {
    const { period, type, template, department } = this.filters;
    if (period !== undefined && !(f.periodEnd ?? '').startsWith(period)) return false;
    if (type !== undefined && f.type !== type) return false;
    if (department !== undefined && f.department !== department) return false;
    if (template !== undefined && f.template !== template && f.templatePath !== template) return false;
    return true;
  }

  add(f: ReviewFacts, path: string): void {
    this.read++;
    if (!this.matches(f)) return;
    this.overall.add(f);
    let reviewer = this.byReviewer.get(f.reviewerKey);
    if (!reviewer) this.byReviewer.set(f.reviewerKey, (reviewer = { group: new Group(), ...(f.reviewerName ? { name: f.reviewerName } : {}) }));
    reviewer.group.add(f);
    if (f.department !== undefined) groupOf(this.byDepartment, f.department).add(f);
    if (f.template !== undefined) groupOf(this.byTemplate, f.template).add(f);
    for (const a of f.actions) this.actions.push({ ...a, path, ...(this.withNames && f.employeeName ? { employee: f.employeeName } : {}) });
  }

  report(): CalibrationReport {
    const min = this.minGroup;
    const privacy: PrivacyNote[] = [];
    const suppressed = this.overall.reviews < min;
    const shown = <T>(dimension: PrivacyNote['dimension'], groups: [string, Group, T][], other: string): [string, Group, T | undefined, boolean][] => {
      const big = groups.filter(([, g]) => g.reviews >= min);
      const small = groups.filter(([, g]) => g.reviews < min);
      if (!small.length) return big.map(([k, g, x]) => [k, g, x, false]);
      const rest = new Group();
      for (const [, g] of small) rest.merge(g);
      // Complementary suppression: were "other" left out, the cycle's figures minus the groups
      // shown would give it away; so the smallest groups shown join it until it is big enough.
      let complement = 0;
      big.sort((a, b) => a[1].reviews - b[1].reviews);
      while (rest.reviews < min && big.length) {
        rest.merge(big.shift()![1]);
        complement++;
      }
      big.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const outcome = rest.reviews >= min ? 'merged' : 'suppressed';
      privacy.push({ dimension, groups: small.length, reviews: rest.reviews, outcome, ...(complement ? { complement } : {}) });
      const out: [string, Group, T | undefined, boolean][] = big.map(([k, g, x]) => [k, g, x, false]);
      if (outcome === 'merged') out.push([other, rest, undefined, true]);
      return out;
    };

    const reviewerKeys = [...this.byReviewer.keys()].sort();
    const code = new Map(reviewerKeys.map((k, i) => [k, `R${i + 1}`]));
    const reviewerGroups = shown('reviewer', reviewerKeys.map((k) => [k, this.byReviewer.get(k)!.group, this.byReviewer.get(k)!.name] as [string, Group, string | undefined]), 'other');
    const tested = reviewerGroups.filter(([, g, , merged]) => !merged && g.ratings.n >= 2).length;
    const reviewers: ReviewerStats[] = reviewerGroups.map(([key, g, name, merged]) => {
      const label = merged ? 'other' : this.withNames && name ? name : code.get(key)!;
      const s: ReviewerStats = { ...g.stats(label, merged), flags: [] };
      if (merged || g.ratings.n < 2) return s;
      const rest = minus(this.overall.ratings, g.ratings);
      const t = welch(g.ratings, rest);
      if (t) {
        s.meanTest = { t: round(t.t, 2), df: round(t.df, 1), p: sig(t.p), pAdjusted: sig(Math.min(1, t.p * tested)), restMean: round(mean(rest), 2) };
        if (t.p * tested < ALPHA) s.flags.push(t.t > 0 ? 'lenient' : 'severe');
      }
      const f = narrower(g.ratings, rest);
      if (f) {
        s.spreadTest = { f: round(f.f, 3), df1: f.df1, df2: f.df2, p: sig(f.p), pAdjusted: sig(Math.min(1, f.p * tested)), restSd: round(Math.sqrt(variance(rest)), 2) };
        if (f.p * tested < ALPHA) s.flags.push('central');
      }
      return s;
    });

    const plain = (dimension: PrivacyNote['dimension'], map: Map<string, Group>) =>
      shown(dimension, [...map.keys()].sort().map((k) => [k, map.get(k)!, undefined] as [string, Group, undefined]), 'other').map(([k, g, , merged]) => g.stats(merged ? 'other' : k, merged));
    const departments = plain('department', this.byDepartment);
    const templates = plain('template', this.byTemplate);

    const report: CalibrationReport = {
      version: 1,
      filters: { ...this.filters },
      minGroup: min,
      namesShown: this.withNames,
      read: this.read,
      reviews: this.overall.reviews,
      suppressed,
      privacy,
      alpha: ALPHA,
      overall: this.overall.stats('all'),
      reviewers: suppressed ? [] : reviewers,
      departments: suppressed ? [] : departments,
      templates: suppressed ? [] : templates,
      actions: [...this.actions].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line),
    };
    if (suppressed) report.overall = new Group().stats('all');
    return report;
  }
}

function groupOf(map: Map<string, Group>, key: string): Group {
  let g = map.get(key);
  if (!g) map.set(key, (g = new Group()));
  return g;
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Up (+1) or down (−1) between two grades, by the bands' order (highest first). */
function gradeDirection(bands: { grade: string }[] | undefined, from: number | string, to: number | string): number {
  const order = bands?.map((b) => b.grade) ?? [];
  const a = order.indexOf(String(from));
  const b = order.indexOf(String(to));
  return a < 0 || b < 0 ? 0 : Math.sign(a - b);
}

function noticeBucket(days: number): number {
  if (days <= 2) return days;
  if (days <= 4) return 3;
  return days <= 9 ? 4 : 5;
}

function minuteBucket(m: number): number {
  if (m < 30) return 0;
  if (m < 45) return 1;
  if (m < 60) return 2;
  return m < 90 ? 3 : 4;
}

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (n: number, of: number) => (of ? round((100 * n) / of, 1) : 0);
const count = (key: string, n: number, of: number): Count => ({ key, count: n, percent: pct(n, of) });
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
/** Three significant figures: p-values span orders of magnitude. */
const sig = (p: number) => (p === 0 ? 0 : Number(p.toPrecision(3)));
