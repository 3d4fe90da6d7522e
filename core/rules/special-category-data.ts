import { defineRule } from '../rule';
import { specialCategoryTerms } from './lexicon/special-category-data';
import { proseFields } from './text/freetext';
import { findTerms, quote } from './text/match';

export default defineRule({
  id: 'special-category-data',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['privacy'],
  },
  *check({ review, t }) {
    for (const field of proseFields(review))
      for (const hit of findTerms(field.text, specialCategoryTerms)) {
        const category = (hit.term as (typeof specialCategoryTerms)[number]).category;
        yield {
          path: field.path,
          message: t('special-category-data.message', { category: t(`special-category-data.category.${category.replace(/\W+/g, '-')}` as 'special-category-data.category.health'), term: quote(hit.matched) }),
        };
      }
  },
});
