import { DEFAULT_MATERIALS, OKR_COACHING_MATERIALS } from '../defaults';
import { defineRule } from '../rule';
import { quoteList } from '../suggest';

export default defineRule({
  id: 'materials-missing',
  meta: {
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'auto',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, template, t, tn }) {
    // The template's list replaces the defaults, even when it is empty (it then requires nothing).
    const fromTemplate = Array.isArray(template?.materials);
    const type = review.type;
    const okrCheckIn = type === 'coaching' && (review.okrs?.length ?? 0) > 0;
    const required: string[] = fromTemplate
      ? template!.materials!.filter((m): m is string => typeof m === 'string' && !!m.trim())
      : okrCheckIn ? OKR_COACHING_MATERIALS : type && type in DEFAULT_MATERIALS ? DEFAULT_MATERIALS[type] : [];
    if (!required.length) return;
    const listed = new Set((review.materials ?? []).flatMap((m) => (typeof m === 'string' ? [normal(m)] : [])));
    const missing = [...new Set(required.filter((m) => !listed.has(normal(m))))];
    if (!missing.length) return;
    yield {
      path: ['materials'],
      at: 'key',
      message: fromTemplate
        ? tn('materials-missing.template', missing.length, { missing: quoteList(missing) })
        : tn('materials-missing.type', missing.length, { missing: quoteList(missing), interview: t(`materials-missing.interview.${type as keyof typeof DEFAULT_MATERIALS}`) }),
      data: { missing },
    };
  },
  fix: {
    // Adds the ids in the list's own style (`[a, b]` or one `- id` a line); nothing else changes.
    create: ({ edit, tn }, report) => {
      const missing = report.data?.missing;
      if (!missing?.length) return undefined;
      return { title: tn('materials-missing.fix', missing.length, { material: missing[0]! }), edits: [edit.appendItems(['materials'], missing)] };
    },
  },
});

function normal(s: string): string {
  return s.trim().toLowerCase();
}
