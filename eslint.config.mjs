// TypeScript lint, run by `npm test`: typescript-eslint's recommended rules, no style rules
// (formatting is left to the editor). A rule is changed here only with the reason beside it.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'media/preview.js', 'node_modules/', '.e2e/', '.cache/', 'test/fixtures/', '**/*.d.mts'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a name kept on purpose (a parameter the signature needs, a field left out of a spread).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // require() is how a module is loaded on first use instead of at start-up (cli/lazy.ts, worker
      // threads, the language client); esbuild leaves those calls alone.
      '@typescript-eslint/no-require-imports': 'off',
      // Patterns that match control characters do it on purpose (escaping them in output); each says so.
      'no-control-regex': 'error',
    },
  },
  {
    // Tests compare against zod's internal descriptions, which its public types do not expose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
