import { defineRule } from '../rule';

export default defineRule({
  id: 'schema',
  meta: {
    description: 'Wrong type, missing required key, bad enum value or unknown key (with a "did you mean" suggestion).',
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'auto',
    tags: ['format'],
    appliesTo: ['review', 'template'],
  },
  *check({ schemaIssues }) {
    for (const issue of schemaIssues)
      yield { path: issue.path, message: issue.message, at: issue.at, ...(issue.suggestion ? { data: { to: issue.suggestion, at: issue.at } } : {}) };
  },
  fix: {
    // Only a close typo of a known key or value is fixed without asking.
    canFix: (report) => typeof report.data?.to === 'string',
    create({ edit, has, t }, report) {
      const to = String(report.data!.to);
      const path = report.path;
      if (report.data!.at === 'key') {
        if (has([...path.slice(0, -1), to])) return undefined; // renaming would duplicate a key
        return { title: t('schema.fix.rename', { from: String(path[path.length - 1]), to }), edits: [edit.renameKey(path, to)] };
      }
      return { title: t('schema.fix.change', { to }), edits: [edit.replaceScalar(path, to)] };
    },
  },
});
