import { defineRule } from '../rule';
import { vagueTerms } from './lexicon/vague-feedback';
import { isAnchored } from './text/anchors';
import { feedbackFields } from './text/freetext';
import { fieldTerms, quote, readTogether } from './text/match';

readTogether(vagueTerms);

export default defineRule({
  id: 'vague-feedback',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['language'],
  },
  *check({ review, t }) {
    // The feedback itself; evidence is a record, and the employee's own comment is not feedback.
    const fields = feedbackFields(review).filter((f) => f.key !== 'evidence');
    for (const field of fields) {
      const hits = fieldTerms(field, vagueTerms);
      if (!hits.length) continue;
      let rest = field.text;
      for (const h of hits) rest = rest.slice(0, h.index) + ' '.repeat(h.end - h.index) + rest.slice(h.end);
      // Specific means anchored: besides the stock phrases, the field names something checkable.
      if (isAnchored(rest)) continue;
      const words = [...new Set(hits.map((h) => quote(h.matched)))].join(t('common.list.sep'));
      yield {
        path: field.path,
        inner: { start: hits[0]!.index, end: hits[0]!.end },
        message: t('vague-feedback.message', { words }),
      };
    }
  },
});
