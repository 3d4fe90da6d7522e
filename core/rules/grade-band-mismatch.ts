import { defineRule } from '../rule';
import { bandFor, bandRange, bandsOf, computeScoring, round2 } from '../scoring';

/** A stated total may differ from the items by rounding: half a point either way is the same total. */
const TOLERANCE = 0.5;

export default defineRule({
  id: 'grade-band-mismatch',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['outcome', 'scoring'],
  },
  *check({ review, template, t }) {
    const scoring = review.scoring;
    if (!scoring) return;
    const computed = computeScoring(review, template)?.total;
    const stated = typeof scoring.total === 'number' ? scoring.total : undefined;
    if (stated !== undefined && computed !== undefined && Math.abs(stated - computed) > TOLERANCE + 1e-9)
      yield { path: ['scoring', 'total'], message: t('grade-band-mismatch.total', { stated, computed }) };
    const grade = scoring.grade;
    const bands = bandsOf(template);
    if (typeof grade !== 'string' || !bands.length) return;
    if (!bands.some((b) => b.grade === grade)) {
      yield { path: ['scoring', 'grade'], message: t('grade-band-mismatch.unknown', { grade, grades: bands.map((b) => b.grade).join(', ') }) };
      return;
    }
    const total = stated ?? computed;
    if (total === undefined) return;
    const band = bandFor(bands, total);
    if (!band) {
      yield { path: ['scoring', 'grade'], message: t('grade-band-mismatch.below', { grade, total: round2(total), min: bands.at(-1)!.min }) };
      return;
    }
    if (band.grade !== grade)
      yield {
        path: ['scoring', 'grade'],
        message: t('grade-band-mismatch.grade', { grade, total: round2(total), band: band.grade, range: bandRange(bands, band) }),
      };
  },
});
