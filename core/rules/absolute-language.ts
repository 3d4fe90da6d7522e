import { defineRule } from '../rule';
import { absoluteTerms } from './lexicon/absolute-language';
import { feedbackFields } from './text/freetext';
import { termFindings } from './text/lexicon-rule';

export default defineRule({
  id: 'absolute-language',
  meta: {
    description: 'Absolutes in feedback (always, never, everyone, 总是, 从不 …) where a count or the occasions would be accurate.',
    defaultSeverity: 'info',
    from: 'draft',
    fix: 'none',
    tags: ['language'],
  },
  *check({ review, t }) {
    yield* termFindings(
      feedbackFields(review),
      absoluteTerms,
      (words) => t('absolute-language.message', { words }),
    );
  },
});
