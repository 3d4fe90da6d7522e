import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../../cli/commands/render';
import { MINIMAL, workspace } from '../support/cli';

/** The command module in-process (it is registered in cli/main.ts separately), with its output captured. */
async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await render(args, { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

describe('review-yaml render', () => {
  const dir = workspace({
    '.git/': '',
    '.reviewrc.yaml': 'rules: { praise-missing: error }\n',
    'templates/t.review.yaml': 'kind: template\nname: T\ntype: appraisal\nscale:\n  - { value: 1, label: Below the bar }\n',
    'reviews/a.review.yaml': MINIMAL.replace(/strengths:[\s\S]*/, 'template: ../templates/t.review.yaml\nscore: 1\n'),
    'notes.review.yaml': 'mrsf_version: "1.0"\n',
  });

  it('prints a standalone page with the findings, the template scale and the nearest config', async () => {
    const r = await run(['reviews/a.review.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(r.stdout));
    assert.match(r.stdout, /content="default-src &#39;none&#39;; style-src &#39;nonce-[A-Za-z0-9+/=]+&#39;"/);
    assert.ok(r.stdout.includes('Below the bar'), 'scale label from the template');
    assert.ok(r.stdout.includes('<li class="finding severity-error" data-line="0"><span class="finding-severity">error</span> <code class="finding-rule">praise-missing</code>'), '.reviewrc.yaml applied');
  });

  it('-o writes the file and prints nothing', async () => {
    const r = await run(['reviews/a.review.yaml', '-o', 'out.html'], dir);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /<h1>Zhang Wei<\/h1>/);
  });

  for (const [what, args, message] of [
    ['a missing file', ['missing.review.yaml'], /^review-yaml render: cannot read missing\.review\.yaml: .+\n$/],
    ['a folder', ['reviews'], /^review-yaml render: cannot read reviews: .+\n$/],
    ['no file', [], /^review-yaml render: which file\? .+\n$/],
    ['two files', ['a', 'b'], /^review-yaml render: takes exactly one FILE\.\n$/],
    ['an unknown option', ['--bogus', 'reviews/a.review.yaml'], /^review-yaml render: Unknown option --bogus for review-yaml render\. Run `review-yaml render --help` for its options\.\n$/],
    ['a file that is not ours', ['notes.review.yaml'], /^review-yaml render: notes\.review\.yaml is not a review or template .+\n$/],
    ['an unwritable output', ['reviews/a.review.yaml', '-o', 'reviews'], /^review-yaml render: cannot write reviews: it is a folder\.\n$/],
  ] as const) {
    it(`${what}: one line on stderr, exit 2`, async () => {
      const r = await run([...args], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }
});
