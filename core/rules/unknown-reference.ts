import { defineRule } from '../rule';
import { didYouMean, quoteList } from '../suggest';
import type { Report, RuleContext } from '../rule';

/** Lists whose items carry an `id` that must be unique within the list. */
const ID_LISTS = ['goals', 'improvements', 'next_goals', 'competencies'] as const;

export default defineRule({
  id: 'unknown-reference',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['references'],
  },
  *check({ review, template, t }) {
    const goalIds = idsOf(review.goals);
    for (const [i, s] of (review.strengths ?? []).entries()) {
      const ref = s?.goal;
      if (typeof ref !== 'string' || goalIds.includes(ref)) continue;
      yield {
        path: ['strengths', i, 'goal'],
        message: goalIds.length
          ? t('unknown-reference.strength.unknown', { ref, hint: hint(t, ref, goalIds, 'goals') })
          : t('unknown-reference.strength.none', { ref }),
      };
    }

    const improvementIds = idsOf(review.improvements);
    for (const [i, p] of (review.improvement_plan ?? []).entries()) {
      const ref = p?.addresses;
      if (typeof ref !== 'string' || improvementIds.includes(ref)) continue;
      yield {
        path: ['improvement_plan', i, 'addresses'],
        message: improvementIds.length
          ? t('unknown-reference.plan.unknown', { ref, hint: hint(t, ref, improvementIds, 'improvements') })
          : t('unknown-reference.plan.none', { ref }),
      };
    }

    // Competencies are the template's to define; without a template (or one that lists none) any id goes.
    const known = idsOf(template?.competencies);
    if (known.length) {
      for (const [i, c] of (review.competencies ?? []).entries()) {
        const ref = c?.id;
        if (typeof ref !== 'string' || known.includes(ref)) continue;
        yield {
          path: ['competencies', i, 'id'],
          message: t('unknown-reference.competency', { ref, hint: hint(t, ref, known, 'competencies') }),
        };
      }
    }

    for (const key of ID_LISTS) yield* duplicates(t, key, review[key]);
  },
});

function idsOf(items: readonly ({ id?: unknown } | undefined)[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []));
}

/** For a list that has ids: the one probably meant, else all of them. */
function hint(t: RuleContext['t'], ref: string, ids: string[], what: 'goals' | 'improvements' | 'competencies'): string {
  const guess = didYouMean(ref, ids);
  if (guess) return t('common.didYouMean', { guess });
  return t(`unknown-reference.hint.${what}`, { ids: quoteList(ids) });
}

function* duplicates(t: RuleContext['t'], key: (typeof ID_LISTS)[number], items: readonly ({ id?: unknown } | undefined)[] | undefined): Iterable<Report> {
  const first = new Map<string, number>();
  for (const [i, item] of (items ?? []).entries()) {
    const id = item?.id;
    if (typeof id !== 'string') continue;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      continue;
    }
    yield {
      path: [key, i, 'id'],
      message: t('unknown-reference.duplicate', { id, n: earlier + 1, list: key }),
      related: [{ path: [key, earlier, 'id'], message: t('unknown-reference.duplicate.related', { id }) }],
    };
  }
}
