import { strict as assert } from 'node:assert';
import { generatedFiles, staleFiles } from '../../scripts/generate';

describe('generated files', () => {
  it('core/rules/index.ts, schemas/*.schema.json, docs/reference/fields.md and the README parts are fresh (else run `npm run generate`)', () => {
    assert.deepEqual(staleFiles(), []);
  });

  it('the field reference is generated from the schemas, with their descriptions', () => {
    const reference = generatedFiles()['docs/reference/fields.md'];
    assert.ok(reference, 'docs/reference/fields.md is not among the generated files');
    assert.match(reference, /^\| `meeting\.setting` \| `private-room`, `video-call`, `open-office`, `other` \| {2}\| What kind of place it is\. \|$/m);
    for (const section of ['## A review (`kind: review`)', '## A template (`kind: template`)', '## A `.reviewrc.yaml`']) assert.ok(reference.includes(section), section);
  });
});
