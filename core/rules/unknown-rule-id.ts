import { defineRule } from '../rule';
import { didYouMean } from '../suggest';
import { ruleById } from '.';

/** Read when a check runs, not when this module loads: the registry imports this file. */
function knownIds(): string[] {
  return [...ruleById.keys()];
}

function unknown(id: string): { known: boolean; hint: string } {
  const ids = knownIds();
  if (ids.includes(id)) return { known: true, hint: '' };
  const guess = didYouMean(id, ids);
  return { known: false, hint: guess ? ` Did you mean "${guess}"?` : ' Run `review-yaml rules` for the list of rule ids.' };
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
        const { known, hint } = unknown(id);
        if (!known)
          yield { path: ['rules', id], at: 'key', message: `Unknown rule id "${id}": this setting has no effect.${hint}` };
      }
    for (const d of directives ?? [])
      for (const id of d.ids) {
        const { known, hint } = unknown(id);
        if (known) continue;
        // A comment has no path of its own: report on the document, naming the comment's line.
        yield {
          path: [],
          message: `Unknown rule id "${id}" in the \`# review-${d.kind}\` comment on line ${d.line + 1}: it silences nothing.${hint}`,
        };
      }
  },
});
