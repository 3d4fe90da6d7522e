import { PLACEHOLDER as TODO } from '../edits';
import { defineRule } from '../rule';

/** Placeholders a stub leaves for the author to replace: they are not evidence yet. */
const PLACEHOLDER = /^\s*(?:todo|tbd|fixme|xxx|\.\.\.|…|<[^>]*>|待补充|待填写|待定)\s*[:：.]?/i;

export default defineRule({
  id: 'feedback-without-evidence',
  meta: {
    description: 'A strength or an area to improve with no `evidence`: no record, date or number it rests on.',
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['language', 'seed'],
  },
  *check({ review, has }) {
    for (const list of ['strengths', 'improvements'] as const)
      for (const [i, item] of (review[list] ?? []).entries()) {
        if (!item?.text?.trim()) continue;
        const what = list === 'strengths' ? 'strength' : 'area to improve';
        const evidence = item.evidence?.trim();
        if (evidence && !PLACEHOLDER.test(evidence)) continue;
        if (evidence) {
          yield {
            path: [list, i, 'evidence'],
            message: `The evidence of this ${what} is still a placeholder. Replace it with the fact it rests on: a record, a date, a number.`,
          };
          continue;
        }
        yield {
          path: has([list, i, 'text']) ? [list, i, 'text'] : [list, i],
          message: `This ${what} has no evidence. Add \`evidence:\` with the fact it rests on (a record, a date, a number), not an impression.`,
          data: { item: [list, i] },
        };
      }
  },
  fix: {
    // Evidence that is still a placeholder has nothing to add: the author replaces it.
    canFix: (report) => Array.isArray(report.data?.item),
    create: ({ edit }, report) => ({
      title: 'Add evidence to fill in',
      edits: edit.fill(report.data!.item as (string | number)[], { evidence: `${TODO}: the record, date or figure it rests on` }),
    }),
  },
});
