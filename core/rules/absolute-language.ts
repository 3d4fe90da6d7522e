import { defineRule } from '../rule';
import { absoluteTerms } from './lexicon/absolute-language';
import { feedbackFields } from './text/freetext';
import { termFindings } from './text/lexicon-rule';
import { readTogether } from './text/match';

readTogether(absoluteTerms);

export default defineRule({
  id: 'absolute-language',
  meta: {
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
