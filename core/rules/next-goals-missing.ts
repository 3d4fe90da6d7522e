import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'next-goals-missing',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'interview-basics'],
  },
  *check({ review, t }) {
    if (review.type !== 'plan' && review.type !== 'appraisal') return;
    if (review.next_goals?.some((g) => g !== undefined && !isPlaceholder(g.title))) return;
    // A goal whose title is still a placeholder is not a goal yet: point at it.
    const stub = review.next_goals?.findIndex((g) => isPlaceholder(g?.title)) ?? -1;
    yield {
      path: stub >= 0 ? ['next_goals', stub, 'title'] : ['next_goals'],
      data: { stub: stub >= 0 },
      message: t(`next-goals-missing.${review.type}`),
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit, t }) => ({
      title: t('next-goals-missing.fix'),
      // No due date is made up: goal-not-measurable asks for it until one is written.
      edits: [edit.appendItems(['next_goals'], [{
        id: PLACEHOLDER,
        title: t('next-goals-missing.stub.title'),
        measure: t('next-goals-missing.stub.measure'),
      }])],
    }),
  },
});
