import { defineRule } from '../rule';

export default defineRule({
  id: 'template-unresolved',
  meta: {
    description: '`template:` names a file that is missing, unreadable, outside the workspace or repository, or not a `kind: template` file.',
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['references'],
  },
  *check({ templateProblem }) {
    if (templateProblem) yield { path: ['template'], message: templateProblem };
  },
});
