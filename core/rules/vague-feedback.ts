import { defineRule } from '../rule';
import { fillerChars, fillerWords, vagueTerms } from './lexicon/vague-feedback';
import { feedbackFields } from './text/freetext';
import { findTerms, quote } from './text/match';

/** Enough other words (or a number) that the field says something specific besides the generic phrase. */
function isSpecific(rest: string): boolean {
  if (/\p{N}/u.test(rest)) return true;
  const words = (rest.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !fillerWords.has(w));
  const han = (rest.replace(fillerChars, '').match(/\p{Script=Han}/gu) ?? []).length;
  return words.length + han / 2 >= 4;
}

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
    const fields = feedbackFields(review).filter((f) => f.key !== 'evidence' && f.path[0] !== 'employee_response');
    for (const field of fields) {
      const hits = findTerms(field.text, vagueTerms);
      if (!hits.length) continue;
      let rest = field.text;
      for (const h of hits) rest = rest.slice(0, h.index) + ' '.repeat(h.end - h.index) + rest.slice(h.end);
      if (isSpecific(rest)) continue;
      const words = [...new Set(hits.map((h) => quote(h.matched)))].join(t('common.list.sep'));
      yield {
        path: field.path,
        message: t('vague-feedback.message', { words }),
      };
    }
  },
});
