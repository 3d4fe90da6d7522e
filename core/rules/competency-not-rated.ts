import { PLACEHOLDER } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'competency-not-rated',
  meta: {
    description: "A competency of the template that the review does not rate.",
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, template, has }) {
    const expected = template?.competencies ?? [];
    if (!expected.length) return;
    const entries = review.competencies ?? [];
    for (const competency of expected) {
      const id = competency?.id;
      if (!id) continue;
      const title = competency.title && competency.title !== id ? ` (${competency.title})` : '';
      const i = entries.findIndex((e) => e?.id === id);
      if (i === -1) {
        yield {
          path: ['competencies'],
          at: has(['competencies']) ? 'key' : 'value',
          message: `The template's competency "${id}"${title} is not rated. Add a competencies item with \`id: ${id}\`, a rating on the scale and a comment on what it rests on.`,
          data: { id },
        };
      } else if (typeof entries[i]?.rating !== 'number' && !has(['competencies', i, 'rating'])) {
        // A rating the schema rejected is still written there: the `schema` rule reports that.
        yield {
          path: ['competencies', i],
          message: `Competency "${id}"${title} has no rating. Add \`rating:\` with a value of the scale.`,
        };
      }
    }
  },
  fix: {
    // One item per competency. A rating is a judgement no placeholder can stand for: the item
    // is added without one, and the rule asks for it until it is written.
    canFix: (report) => typeof report.data?.id === 'string',
    create: ({ edit, scale }, report) => {
      const id = String(report.data!.id);
      const comment = `${PLACEHOLDER}: what the rating rests on; then add rating: a value of the scale (${scale.map((l) => l.value).join(', ')})`;
      return { title: `Add a competencies item for "${id}" to fill in`, edits: [edit.appendItems(['competencies'], [{ id, comment }])] };
    },
  },
});
