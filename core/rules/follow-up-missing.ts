import { defineRule } from '../rule';

export default defineRule({
  id: 'follow-up-missing',
  meta: {
    description: 'An improvement plan with no follow-up date on which progress is checked.',
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has }) {
    if (!review.improvement_plan?.some((p) => p !== undefined)) return;
    // A date the schema rejected is still written there: the `schema` rule reports it.
    if (review.follow_up?.on || has(['follow_up', 'on'])) return;
    yield has(['follow_up'])
      ? { path: ['follow_up'], message: 'follow_up has no date. Add `on:` with the date of the conversation that checks progress on the improvement plan.' }
      : {
          path: ['improvement_plan'],
          at: 'key',
          message: 'The improvement plan has no follow-up date. Add `follow_up: { on: YYYY-MM-DD }` with the date of the conversation that checks progress on it.',
        };
  },
});
