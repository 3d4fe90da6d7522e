import { type Report, defineRule } from '../rule';

/** Made by the engine when `template:` cannot be used (core/template.ts); this module gives the rule its metadata. */
export default defineRule({
  id: 'template-unresolved',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['references'],
  },
});

export function* templateReports(problem: string | undefined): Iterable<Report> {
  if (problem) yield { path: ['template'], message: problem };
}
