import { defineRule } from '../rule';
import { type Category, DIAGNOSIS_ZH, PROFILE, type SensitiveTerm, specialCategoryTerms } from './lexicon/special-category-data';
import { proseFields } from './text/freetext';
import { fieldTerms, quote, readTogether } from './text/match';
import { namesOf, partOfName, personIn, sentenceAround } from './text/person';

readTogether(specialCategoryTerms);

export default defineRule({
  id: 'special-category-data',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['privacy'],
  },
  *check({ review, t, privacy }) {
    const profile = privacy ?? 'gdpr';
    const inForce = PROFILE[profile];
    const mentionsPerson = personIn([review.employee?.name, review.reviewer?.name, review.approver?.name].flatMap(namesOf));
    const law = t(`special-category-data.law.${profile}`);
    const message = (category: Category, term: string) =>
      t('special-category-data.message', { category: t(`special-category-data.category.${category.replace(/\W+/g, '-')}` as 'special-category-data.category.health'), term: quote(term), law });
    for (const field of proseFields(review)) {
      const text = field.text;
      const taken: [number, number][] = [];
      for (const hit of fieldTerms(field, specialCategoryTerms)) {
        const term = hit.term as SensitiveTerm;
        if (!inForce.has(term.category)) continue;
        // About a person, not a word: a name of a ward, a school or a customer is silent unless
        // the sentence also names someone; a word that names places as often needs a person.
        // Part of a name: only a person in the same clause makes it about them ("she was admitted to the Oncology Unit").
        const name = partOfName(text, hit.index, hit.end);
        const person = mentionsPerson(sentenceAround(text, hit.index, hit.end, name));
        if (!person && (term.needsPerson || name)) continue;
        taken.push([hit.index, hit.end]);
        yield { path: field.path, inner: { start: hit.index, end: hit.end }, message: message(term.category, hit.matched) };
      }
      // A condition named the Chinese way (…症, …炎, …病) after a verb of diagnosis.
      if (!inForce.has('health')) continue;
      for (const m of text.matchAll(DIAGNOSIS_ZH())) {
        const start = m.index + m[0].length - m[1]!.length;
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => a < end && start < b)) continue;
        yield { path: field.path, inner: { start, end }, message: message('health', m[1]!) };
      }
    }
  },
});
