/** Which files are ours: `kind`, a close misspelling of it, or our keys decide; other tools' files are skipped. */
import { strict as assert } from 'node:assert';
import { OUR_KEYS, detectKind, parse } from '../../core/parse';
import { lint } from '../../core/engine';
import { reviewSchema } from '../../schemas/review';
import { templateSchema } from '../../schemas/template';

const kind = (text: string) => detectKind(parse(text));
/** Top-level keys other formats use too; they say nothing about whose file it is. */
const SHARED = new Set(['kind', 'template', 'type', 'status', 'name', 'rules']);

describe('which files are ours (detectKind)', () => {
  it('knows every top-level key of our schemas that other formats do not use', () => {
    const ours = [...Object.keys(reviewSchema.shape), ...Object.keys(templateSchema.shape)].filter((k) => !SHARED.has(k));
    assert.deepEqual(ours.filter((k) => !OUR_KEYS.has(k)), []);
  });

  it('claims kind review and template, and a close misspelling of them', () => {
    assert.equal(kind('kind: review\n'), 'review');
    assert.equal(kind('kind: template\n'), 'template');
    assert.equal(kind('kind: reveiw\n'), 'reveiw');
    assert.equal(kind('kind: Review\nemployee: { name: A }\n'), 'Review');
  });

  it('claims another kind when the file has our keys (then the schema rule says what is wrong)', () => {
    assert.equal(kind('kind: appraisal\nemployee: { name: A }\nstrengths: []\n'), 'appraisal');
    const r = lint('kind: appraisal\nemployee: { name: A }\n');
    assert.deepEqual(r.findings.map((f) => f.rule), ['schema']);
  });

  it('skips a Kubernetes object, a file with apiVersion, another tool\'s kind and a multi-document file', () => {
    assert.equal(kind('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: review-app }\n'), null);
    assert.equal(kind('apiVersion: v1\nkind: review-env\n'), null);
    assert.equal(kind('kind: Pipeline\nsteps: []\n'), null);
    assert.equal(kind('kind: ConfigMap\ndata: {}\n---\nkind: Service\nspec: {}\n'), null);
    assert.equal(kind('mrsf_version: "1.0"\ncomments: []\n'), null);
    for (const text of ['apiVersion: apps/v1\nkind: Deployment\n', 'kind: ConfigMap\n---\nkind: Secret\n']) {
      const r = lint(text);
      assert.deepEqual([r.kind, r.findings], [null, []]);
    }
  });

  it('still claims a multi-document file whose first document is a review, and says what is wrong', () => {
    const r = lint('kind: review\nemployee: { name: A }\n---\nkind: review\n');
    assert.equal(r.kind, 'review');
    assert.deepEqual(r.findings.map((f) => f.rule), ['yaml-syntax']);
  });

  it('reads broken YAML the same way: our kind is ours, a Kubernetes one is not', () => {
    assert.equal(kind('kind: review\nstrengths: [\n'), 'review');
    assert.equal(kind('apiVersion: v1\nkind: Deployment\nspec: [\n'), null);
  });
});
