import { defineRule } from '../rule';

export default defineRule({
  id: 'competency-not-rated',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, template, has, t }) {
    const expected = template?.competencies ?? [];
    if (!expected.length) return;
    const entries = review.competencies ?? [];
    for (const competency of expected) {
      const id = competency?.id;
      if (!id) continue;
      const name = competency.title && competency.title !== id ? t('competency-not-rated.name.titled', { id, title: competency.title }) : t('competency-not-rated.name', { id });
      const i = entries.findIndex((e) => e?.id === id);
      if (i === -1) {
        yield {
          path: ['competencies'],
          at: has(['competencies']) ? 'key' : 'value',
          message: t('competency-not-rated.missing', { competency: name, id }),
          data: { id },
        };
      } else if (typeof entries[i]?.rating !== 'number' && !has(['competencies', i, 'rating'])) {
        // A rating the schema rejected is still written there: the `schema` rule reports that.
        yield {
          path: ['competencies', i],
          message: t('competency-not-rated.noRating', { competency: name }),
        };
      }
    }
  },
  fix: {
    // One item per competency. A rating is a judgement no placeholder can stand for: the item
    // is added without one, and the rule asks for it until it is written.
    canFix: (report) => typeof report.data?.id === 'string',
    create: ({ edit, scale, t }, report) => {
      const id = report.data?.id;
      if (!id) return undefined;
      const comment = t('competency-not-rated.stub', { values: scale.map((l) => l.value).join(', ') });
      return { title: t('competency-not-rated.fix', { id }), edits: [edit.appendItems(['competencies'], [{ id, comment }])] };
    },
  },
});
