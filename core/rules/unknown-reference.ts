import { defineRule } from '../rule';
import { didYouMean, quoteList } from '../suggest';
import type { Report } from '../types';

/** Lists whose items carry an `id` that must be unique within the list. */
const ID_LISTS = ['goals', 'improvements', 'next_goals', 'competencies'] as const;

export default defineRule({
  id: 'unknown-reference',
  meta: {
    description: 'A `goal:`, `addresses:` or competency id that names nothing, or an id used twice in the same list.',
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['references'],
  },
  *check({ review, template }) {
    const goalIds = idsOf(review.goals);
    for (const [i, s] of (review.strengths ?? []).entries()) {
      const ref = s?.goal;
      if (typeof ref !== 'string' || goalIds.includes(ref)) continue;
      yield {
        path: ['strengths', i, 'goal'],
        message: `This strength points at goal "${ref}", but ${goalIds.length ? 'no goal has that id' : 'the review lists no goals'}.${hint(ref, goalIds, 'goal ids')}`,
      };
    }

    const improvementIds = idsOf(review.improvements);
    for (const [i, p] of (review.improvement_plan ?? []).entries()) {
      const ref = p?.addresses;
      if (typeof ref !== 'string' || improvementIds.includes(ref)) continue;
      yield {
        path: ['improvement_plan', i, 'addresses'],
        message: `This plan item addresses "${ref}", but ${improvementIds.length ? 'no improvements item has that id' : 'the review lists no improvements'}.${hint(ref, improvementIds, 'improvement ids')}`,
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
          message: `"${ref}" is not a competency of the template.${hint(ref, known, 'competency ids')}`,
        };
      }
    }

    for (const key of ID_LISTS) yield* duplicates(key, review[key]);
  },
});

function idsOf(items: readonly ({ id?: unknown } | undefined)[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []));
}

function hint(ref: string, ids: string[], what: string): string {
  if (!ids.length) return ' Add the item it refers to, or remove the reference.';
  const guess = didYouMean(ref, ids);
  if (guess) return ` Did you mean "${guess}"?`;
  return ` Use one of the ${what}: ${quoteList(ids)}.`;
}

function* duplicates(key: (typeof ID_LISTS)[number], items: readonly ({ id?: unknown } | undefined)[] | undefined): Iterable<Report> {
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
      message: `The id "${id}" is already used by item ${earlier + 1} of ${key}. Give each item its own id, so that references to it are unambiguous.`,
      related: [{ path: [key, earlier, 'id'], message: `"${id}" is first used here.` }],
    };
  }
}
