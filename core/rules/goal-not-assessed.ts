import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'goal-not-assessed',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has, t }) {
    for (const [i, goal] of (review.goals ?? []).entries()) {
      if (!goal) continue;
      // A value the schema rejected is still written there: the `schema` rule reports it.
      // A number (`result: 78`) is a result; text must say something.
      const r = goal.result;
      const noResult = r === undefined ? !has(['goals', i, 'result']) : typeof r === 'string' && (!r.trim() || isPlaceholder(r));
      const noStatus = goal.status === undefined && !has(['goals', i, 'status']);
      if (!noResult && !noStatus) continue;
      const name = goal.id ? t('goal-not-assessed.goal.id', { id: goal.id }) : t('goal-not-assessed.goal.index', { n: i + 1 });
      const message = t(noResult && noStatus ? 'goal-not-assessed.both' : noResult ? 'goal-not-assessed.noResult' : 'goal-not-assessed.noStatus', { goal: name });
      // A stub fills in the result; a status is a judgement no placeholder can stand for.
      yield { path: ['goals', i], message, data: { result: noResult && !(typeof r === 'string' && isPlaceholder(r)), status: noStatus } };
    }
  },
  fix: {
    canFix: (report) => report.data?.result === true,
    create: ({ edit, t }, report) => ({
      title: t('goal-not-assessed.fix'),
      edits: edit.fill(report.path, {
        result: t(report.data?.status ? 'goal-not-assessed.stub.status' : 'goal-not-assessed.stub'),
      }),
    }),
  },
});
