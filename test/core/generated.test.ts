import { strict as assert } from 'node:assert';
import { staleFiles } from '../../scripts/generate';

describe('generated files', () => {
  it('core/rules/index.ts and schemas/*.schema.json are fresh (else run `npm run generate`)', () => {
    assert.deepEqual(staleFiles(), []);
  });
});
