import { OUTCOME_DECISIONS } from '../../schemas/plain';
import { defineRule } from '../rule';

export default defineRule({
  id: 'outcome-missing',
  meta: {
    defaultSeverity: 'error',
    from: 'final',
    fix: 'none',
    tags: ['outcome', 'probation', 'pip'],
  },
  *check({ review, template, t }) {
    const type = review.type;
    if (type !== 'probation' && type !== 'pip') return;
    const kind = t(`outcome-missing.kind.${type}`);
    const allowedByTemplate = (template?.outcomes ?? []).flatMap((o) => (typeof o === 'string' ? [o as string] : []));
    const allowed: readonly string[] = allowedByTemplate.length ? allowedByTemplate : OUTCOME_DECISIONS[type];
    const decision = review.outcome?.decision;
    if (decision === undefined) {
      yield { path: ['outcome', 'decision'], at: 'key', message: t('outcome-missing.none', { kind, allowed: allowed.join(', ') }) };
      return;
    }
    if (!allowed.includes(decision)) {
      yield { path: ['outcome', 'decision'], message: t('outcome-missing.wrong', { decision, kind, allowed: allowed.join(', ') }) };
      return;
    }
    if (decision === 'extended' && typeof review.outcome?.extended_to !== 'string')
      yield { path: ['outcome', 'decision'], message: t('outcome-missing.extendedTo', { kind }) };
  },
});
