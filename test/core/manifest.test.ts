import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What VS Code reads from package.json for a newcomer's first files. */
const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

describe('the extension manifest', () => {
  it('*.review.yml files are reviews too, for the language and the YAML schemas', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'review-yaml');
    assert.deepEqual(language.filenamePatterns, ['*.review.yaml', '*.review.yml']);
    const matches = manifest.contributes.yamlValidation.flatMap((v: { fileMatch: string | string[] }) => [v.fileMatch].flat());
    for (const pattern of ['*.review.yml', '**/templates/*.review.yml']) assert.ok(matches.includes(pattern), pattern);
  });

  it('completion lists the values of a key before the snippets', () => {
    assert.equal(manifest.contributes.configurationDefaults['[review-yaml]']['editor.snippetSuggestions'], 'bottom');
  });
});
