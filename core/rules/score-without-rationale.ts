import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';
import type { Path } from '../types';

/** What the fix adds: the score's rationale (keeping its value), or an approver. */
type Wanted = { want: 'rationale'; value: number | undefined; stub: boolean } | { want: 'approver'; stub: boolean };

export default defineRule({
  id: 'score-without-rationale',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, scale, has, t }) {
    const score = review.score;
    const value = typeof score === 'number' ? score : score?.value;
    if (typeof value !== 'number') return;
    const valuePath: Path = typeof score === 'number' ? ['score'] : ['score', 'value'];

    const rationale = typeof score === 'object' ? score.rationale : undefined;
    const written = has(['score', 'rationale']);
    // A rationale the schema rejected (not text) is still written there: the `schema` rule reports it.
    if (rationale === undefined ? !written : !rationale.trim() || isPlaceholder(rationale)) {
      const blank = written;
      yield {
        path: blank ? ['score', 'rationale'] : ['score'],
        message:
          typeof score === 'number'
            ? t('score-without-rationale.bare', { value })
            : t(blank ? 'score-without-rationale.empty' : 'score-without-rationale.none', { value }),
        data: { want: 'rationale', value, stub: isPlaceholder(rationale) } as Wanted,
      };
    }

    const values = scale.map((l) => l.value);
    const low = values.reduce((a, b) => Math.min(a, b), Infinity);
    const high = values.reduce((a, b) => Math.max(a, b), -Infinity);
    if ((value === low || value === high) && (!review.approver?.name?.trim() || isPlaceholder(review.approver.name))) {
      yield {
        path: valuePath,
        message: t(value === low ? 'score-without-rationale.lowest' : 'score-without-rationale.highest', { value }),
        data: { want: 'approver', stub: isPlaceholder(review.approver?.name) } as Wanted,
      };
    }
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit, has, review, t }, report) => {
      if (report.data?.want === 'rationale') {
        const rationale = t('score-without-rationale.stub.rationale');
        return {
          title: t('score-without-rationale.fix.rationale'),
          // `score: 3` becomes `score: { value: 3, rationale: … }` on the same line.
          edits: typeof review.score === 'number' ? [edit.replaceNode(['score'], { value: report.data.value, rationale })] : edit.fill(['score'], { rationale }),
        };
      }
      const name = t('score-without-rationale.stub.approver');
      return {
        title: t('score-without-rationale.fix.approver'),
        edits: has(['approver']) ? edit.fill(['approver'], { name }) : [edit.addTopLevel('approver', { name, role: t('score-without-rationale.stub.role') }, 'reviewer')],
      };
    },
  },
});
