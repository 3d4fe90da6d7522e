import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../core/engine';

const ROOT = join(__dirname, '../..');
const HEAD = 'kind: review\ntype: pip\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Zhang Wei }\nreviewer: { name: Liu Yang }\n';

/** A snippet body as VS Code inserts it when every placeholder keeps its default (a choice: its first value). */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

/** The snippets of the form parts, and the list each list-item snippet belongs under. */
const FORM_SNIPPETS: Record<string, string | null> = {
  'Self-assessment': null, 'Weighted scoring': null, Calibration: null, Outcome: null,
  Checkpoint: 'checkpoints', 'Development item': 'development_plan', OKR: 'okrs',
};

describe('snippets for the form parts', () => {
  for (const file of ['snippets/review.code-snippets', 'snippets/review.zh-cn.code-snippets']) {
    const snippets = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, { body: string[] }>;
    for (const [name, list] of Object.entries(FORM_SNIPPETS)) {
      it(`${file}: "${name}" as inserted is valid under the schema`, () => {
        const body = expand(snippets[name]!.body);
        const text = list ? `${HEAD}${list}:\n${body.replace(/^/gm, '  ')}\n` : `${HEAD}${body}\n`;
        const result = lint(text, { only: ['schema', 'yaml-syntax'] });
        assert.deepEqual(result.findings.map((f) => f.message), []);
      });
    }
  }
});
