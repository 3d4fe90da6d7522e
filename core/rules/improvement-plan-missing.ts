import { defineRule } from '../rule';

export default defineRule({
  id: 'improvement-plan-missing',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome', 'interview-basics'],
  },
  *check({ review, has, t }) {
    const planned = new Set(review.improvement_plan?.map((p) => p?.addresses));
    for (const [i, item] of (review.improvements ?? []).entries()) {
      if (!item?.id || planned.has(item.id)) continue;
      yield {
        path: has(['improvements', i, 'id']) ? ['improvements', i, 'id'] : ['improvements', i],
        message: t('improvement-plan-missing.message', { id: item.id }),
        related: review.improvement_plan?.length
          ? [{ path: ['improvement_plan'], message: t('improvement-plan-missing.related', { id: item.id }) }]
          : [],
        data: { id: item.id },
      };
    }
  },
  fix: {
    create: ({ edit, t }, report) => {
      const id = String(report.data?.id);
      const item = { addresses: id, action: t('improvement-plan-missing.stub.action'), owner: t('improvement-plan-missing.stub.owner'), measure: t('improvement-plan-missing.stub.measure') };
      return { title: t('improvement-plan-missing.fix', { id }), edits: [edit.appendItems(['improvement_plan'], [item])] };
    },
  },
});
