import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';
import type { Path } from '../types';

export default defineRule({
  id: 'score-without-rationale',
  meta: {
    description: 'A score without a written rationale, or a score at either end of the scale that no approver confirmed.',
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, scale, has }) {
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
            ? `Score ${value} has no rationale. Write it as \`score: { value: ${value}, rationale: … }\` and name the results and behaviours it rests on.`
            : `Score ${value} has ${blank ? 'an empty' : 'no'} rationale. Add \`rationale:\` naming the results and behaviours the score rests on.`,
        data: { want: 'rationale', value, stub: isPlaceholder(rationale) },
      };
    }

    const values = scale.map((l) => l.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    if ((value === low || value === high) && (!review.approver?.name?.trim() || isPlaceholder(review.approver.name))) {
      const end = value === low ? 'lowest' : 'highest';
      yield {
        path: valuePath,
        message: `Score ${value} is the ${end} on the scale, and no approver confirmed it. Add \`approver:\` with the name and role of the higher-level manager who reviewed the score.`,
        data: { want: 'approver', stub: isPlaceholder(review.approver?.name) },
      };
    }
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit, has, review }, report) => {
      if (report.data?.want === 'rationale') {
        const rationale = `${PLACEHOLDER}: the results and behaviours the score rests on`;
        return {
          title: 'Add a rationale to fill in',
          // `score: 3` becomes `score: { value: 3, rationale: … }` on the same line.
          edits: typeof review.score === 'number' ? [edit.replaceNode(['score'], { value: report.data.value, rationale })] : edit.fill(['score'], { rationale }),
        };
      }
      const name = `${PLACEHOLDER}: the higher-level manager who confirmed the score`;
      return {
        title: 'Add the approver to fill in',
        edits: has(['approver']) ? edit.fill(['approver'], { name }) : [edit.addTopLevel('approver', { name, role: `${PLACEHOLDER}: their role` }, 'reviewer')],
      };
    },
  },
});
