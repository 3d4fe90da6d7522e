import { parseDate } from '../dates';
import { defineRule } from '../rule';
import { STATUS_ORDER } from '../types';

export default defineRule({
  id: 'checkpoint-overdue',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'none',
    tags: ['outcome', 'checkpoints'],
  },
  *check({ review, status, t }) {
    const checkpoints = review.checkpoints ?? [];
    if (!checkpoints.length) return;
    // "Today" is what the record itself says has happened: no clock, so a file lints the same every day.
    const seen: string[] = [];
    const add = (v: unknown) => {
      const d = parseDate(v);
      if (d) seen.push(d.text);
    };
    if (STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf('held')) add(review.meeting?.at);
    for (const c of checkpoints) add(c?.held_on);
    add(review.outcome?.on);
    for (const s of review.signoffs ?? []) add(s?.on);
    if (!seen.length) return;
    const asOf = seen.sort().at(-1)!;
    for (const [i, c] of checkpoints.entries()) {
      const on = parseDate(c?.on);
      if (!c || !on || on.text >= asOf) continue;
      const recorded = c.held_on || c.status || (typeof c.reviewed === 'string' && c.reviewed.trim()) || (typeof c.notes === 'string' && c.notes.trim());
      if (recorded) continue;
      const name = c.title ?? c.id ?? `checkpoints[${i}]`;
      yield { path: ['checkpoints', i, 'on'], message: t('checkpoint-overdue.message', { name, on: on.text, asOf }) };
    }
  },
});
