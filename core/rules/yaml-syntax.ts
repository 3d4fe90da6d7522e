import { defineRule } from '../rule';

/**
 * Reported by the engine straight from the YAML parser (core/parse.ts): a document that does
 * not parse has no paths to point at, and no other rule runs on it. This module gives the
 * rule its id, severity and page like every other rule.
 */
export default defineRule({
  id: 'yaml-syntax',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['format'],
    appliesTo: ['review', 'template'],
  },
});
