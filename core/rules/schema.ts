import { type Report, defineRule } from '../rule';
import type { SchemaIssue } from '../types';

/** A close spelling of what was probably meant, and whether it is a key or a value. */
interface Suggestion { to: string; at: 'key' | 'value' }

/** Made by the engine from what the schema rejected (core/validate.ts); this module gives the rule its metadata and fix. */
export default defineRule({
  id: 'schema',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'auto',
    tags: ['format'],
    appliesTo: ['review', 'template'],
  },
  fix: {
    // Only a close typo of a known key or value is fixed without asking.
    canFix: (report: Report<Suggestion>) => report.data !== undefined,
    create({ edit, has, t }, { path, data }: Report<Suggestion>) {
      if (!data) return undefined;
      const { to } = data;
      if (data.at === 'key') {
        if (has([...path.slice(0, -1), to])) return undefined; // renaming would duplicate a key
        return { title: t('schema.fix.rename', { from: String(path[path.length - 1]), to }), edits: [edit.renameKey(path, to)] };
      }
      return { title: t('schema.fix.change', { to }), edits: [edit.replaceScalar(path, to)] };
    },
  },
});

export function* schemaReports(issues: readonly SchemaIssue[]): Iterable<Report<Suggestion>> {
  for (const issue of issues)
    yield { path: issue.path, message: issue.message, at: issue.at, ...(issue.suggestion ? { data: { to: issue.suggestion, at: issue.at } } : {}) };
}
