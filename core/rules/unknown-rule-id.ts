import { defineRule } from '../rule';
import { didYouMean } from '../suggest';
import { ruleById } from '.';

/** Read when a check runs, not when this module loads: the registry imports this file. */
function knownIds(): string[] {
  return [...ruleById.keys()];
}

function unknown(id: string): { known: boolean; hint: string; guess?: string } {
  const ids = knownIds();
  if (ids.includes(id)) return { known: true, hint: '' };
  const guess = didYouMean(id, ids);
  return { known: false, guess, hint: guess ? ` Did you mean "${guess}"?` : ' Run `review-yaml rules` for the list of rule ids.' };
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
  *check({ kind, template, directives }) {
    if (kind === 'template')
      for (const id of Object.keys(template?.rules ?? {})) {
        const { known, hint, guess } = unknown(id);
        if (!known)
          yield { path: ['rules', id], at: 'key', message: `Unknown rule id "${id}": this setting has no effect.${hint}`, data: { to: guess } };
      }
    for (const d of directives ?? [])
      for (const [i, id] of d.ids.entries()) {
        const { known, hint, guess } = unknown(id);
        if (known) continue;
        const start = d.idOffsets[i]!;
        yield {
          path: [],
          span: { start, end: start + id.length },
          message: `Unknown rule id "${id}" in this \`# review-${d.kind}\` comment: it silences nothing.${hint}`,
          data: { to: guess },
        };
      }
  },
  fix: {
    canFix: (report) => typeof report.data?.to === 'string',
    create({ edit, has }, report) {
      const to = String(report.data!.to);
      if (report.span) return { title: `Change to "${to}"`, edits: [edit.replaceText(report.span.start, report.span.end, to)] };
      if (has(['rules', to])) return undefined;
      return { title: `Rename to "${to}"`, edits: [edit.renameKey(report.path, to)] };
    },
  },
});
