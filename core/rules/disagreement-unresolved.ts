import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'disagreement-unresolved',
  meta: {
    description: "The employee disagrees with the assessment but neither their own words nor an appeal is recorded.",
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'seed'],
  },
  *check({ review }) {
    const response = review.employee_response;
    const agreement = response?.agreement;
    if (agreement !== 'disagree' && agreement !== 'partly-agree') return;
    if (response?.comment?.trim() && !isPlaceholder(response.comment)) return;
    // `appeal: { requested: false }` records that no appeal was made: it resolves nothing.
    if (response?.appeal?.requested === true) return;
    const how = agreement === 'disagree' ? 'disagrees' : 'only partly agrees';
    yield {
      path: ['employee_response', 'agreement'],
      message: `The employee ${how} with the assessment, but their view is not recorded. Add employee_response.comment in their own words, or record an appeal with \`appeal: { requested: true, channel: … }\`.`,
      data: { stub: isPlaceholder(response?.comment) },
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit }) => ({
      title: "Add the employee's comment to fill in",
      edits: edit.fill(['employee_response'], { comment: `${PLACEHOLDER}: the employee's view in their own words (or record an appeal instead)` }),
    }),
  },
});
