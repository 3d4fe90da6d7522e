import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'goal-not-assessed',
  meta: {
    description: "A goal of the period without a recorded result or status.",
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has }) {
    for (const [i, goal] of (review.goals ?? []).entries()) {
      if (!goal) continue;
      // A value the schema rejected is still written there: the `schema` rule reports it.
      const noResult = goal.result === undefined ? !has(['goals', i, 'result']) : !goal.result.trim() || isPlaceholder(goal.result);
      const noStatus = goal.status === undefined && !has(['goals', i, 'status']);
      if (!noResult && !noStatus) continue;
      const name = goal.id ? `Goal "${goal.id}"` : `Goal ${i + 1}`;
      const what = noResult && noStatus ? 'has not been assessed: it has no result and no status' : noResult ? 'has a status but no result' : 'has a result but no status';
      const add = [
        noResult ? 'result (what was achieved, with its source)' : '',
        noStatus ? 'status (not-met, partly-met, met or exceeded)' : '',
      ].filter(Boolean).join(' and ');
      // A stub fills in the result; a status is a judgement no placeholder can stand for.
      yield { path: ['goals', i], message: `${name} ${what}. Add ${add}.`, data: { result: noResult && !isPlaceholder(goal.result), status: noStatus } };
    }
  },
  fix: {
    canFix: (report) => report.data?.result === true,
    create: ({ edit }, report) => ({
      title: 'Add the result to fill in',
      edits: edit.fill(report.path, {
        result: `${PLACEHOLDER}: what was achieved, with its source${report.data!.status ? '; then add status: not-met, partly-met, met or exceeded' : ''}`,
      }),
    }),
  },
});
