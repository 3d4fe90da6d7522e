import { defineRule } from '../rule';
import { didYouMean } from '../suggest';
import type { RuleContext } from '../types';
import { ruleById } from '.';

/** Read when a check runs, not when this module loads: the registry imports this file. */
function knownIds(): string[] {
  return [...ruleById.keys()];
}

function unknown(id: string, t: RuleContext['t']): { known: boolean; hint: string; guess?: string } {
  const ids = knownIds();
  if (ids.includes(id)) return { known: true, hint: '' };
  const guess = didYouMean(id, ids);
  return { known: false, guess, hint: guess ? t('common.didYouMean', { guess }) : t('unknown-rule-id.hint.list') };
}

export default defineRule({
  id: 'unknown-rule-id',
  meta: {
    description: 'A rule id in a template\'s `rules` map or in an inline `# review-disable` comment that is not a rule.',
    defaultSeverity: 'error',
    from: null,
    fix: 'auto',
    tags: ['template'],
    appliesTo: ['review', 'template'],
  },
  *check({ kind, template, directives, t }) {
    if (kind === 'template')
      for (const id of Object.keys(template?.rules ?? {})) {
        const { known, hint, guess } = unknown(id, t);
        if (!known)
          yield { path: ['rules', id], at: 'key', message: t('unknown-rule-id.template', { id, hint }), data: { to: guess } };
      }
    for (const d of directives ?? [])
      for (const [i, id] of d.ids.entries()) {
        const { known, hint, guess } = unknown(id, t);
        if (known) continue;
        const start = d.idOffsets[i]!;
        yield {
          path: [],
          span: { start, end: start + id.length },
          message: t('unknown-rule-id.directive', { id, kind: d.kind, hint }),
          data: { to: guess },
        };
      }
  },
  fix: {
    canFix: (report) => typeof report.data?.to === 'string',
    create({ edit, has, t }, report) {
      const to = String(report.data!.to);
      if (report.span) return { title: t('unknown-rule-id.fix.change', { to }), edits: [edit.replaceText(report.span.start, report.span.end, to)] };
      if (has(['rules', to])) return undefined;
      return { title: t('unknown-rule-id.fix.rename', { to }), edits: [edit.renameKey(report.path, to)] };
    },
  },
});
