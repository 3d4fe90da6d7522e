import { defineRule } from '../rule';

/** Placeholders a stub leaves for the author to replace: they are not evidence yet. */
const PLACEHOLDER = /^\s*(?:todo|tbd|fixme|xxx|\.\.\.|…|<[^>]*>|待补充|待填写|待定)\s*[:：.]?/i;

export default defineRule({
  id: 'feedback-without-evidence',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['language', 'interview-basics'],
  },
  *check({ review, has, t }) {
    for (const list of ['strengths', 'improvements'] as const)
      for (const [i, item] of (review[list] ?? []).entries()) {
        if (!item?.text?.trim()) continue;
        const what = list === 'strengths' ? 'strength' : 'improvement';
        const evidence = item.evidence?.trim();
        if (evidence && !PLACEHOLDER.test(evidence)) continue;
        if (evidence) {
          yield {
            path: [list, i, 'evidence'],
            message: t(`feedback-without-evidence.placeholder.${what}`),
          };
          continue;
        }
        yield {
          path: has([list, i, 'text']) ? [list, i, 'text'] : [list, i],
          message: t(`feedback-without-evidence.missing.${what}`),
          data: { item: [list, i] },
        };
      }
  },
  fix: {
    // Evidence that is still a placeholder has nothing to add: the author replaces it.
    canFix: (report) => report.data !== undefined,
    create: ({ edit, t }, report) => ({
      title: t('feedback-without-evidence.fix'),
      edits: report.data ? edit.fill(report.data.item, { evidence: t('feedback-without-evidence.stub') }) : [],
    }),
  },
});
