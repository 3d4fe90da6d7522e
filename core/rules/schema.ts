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
    for (const issue of schemaIssues) yield { path: issue.path, message: issue.message, at: issue.at };
  },
});
