import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewSchema } from '../../schemas';
import { Session, uriOf } from './support/session';
import { copyWorkspace } from './support/workspace';

const EXAMPLES = join(__dirname, '../../examples/templates');

describe('server: review/newReview from a scored template', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  before(async () => {
    ws = copyWorkspace();
    mkdirSync(ws.file('templates'), { recursive: true });
    for (const name of ['annual-scored-2026', 'probation-2026']) copyFileSync(join(EXAMPLES, `${name}.review.yaml`), ws.file(`templates/${name}.review.yaml`));
    s = await Session.start({ root: ws.root });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  it("fills the scoring table with the template's item ids and weights, and the text passes the schema", async () => {
    const target = { uri: uriOf(ws.file('reviews/zhang-2026.review.yaml')) };
    const { text } = await s.request<{ text: string }>('review/newReview', { target, template: { uri: uriOf(ws.file('templates/annual-scored-2026.review.yaml')) } });
    const review = parse(text);
    assert.ok(reviewSchema.safeParse(review).success, text);
    assert.equal(review.template, '../templates/annual-scored-2026.review.yaml');
    assert.deepEqual(
      review.scoring.items.map((i: { id: string; weight: number; score?: number }) => [i.id, i.weight, i.score]),
      [['results', 60, undefined], ['ability', 20, undefined], ['attitude', 20, undefined]],
    );
    assert.match(text, /S ≥ 90, A ≥ 80, B ≥ 70, C ≥ 60, D ≥ 0/);
    assert.deepEqual(review.self_assessment, {});
    const year = new Date().getFullYear();
    for (const [, y] of text.matchAll(/\b(\d{4})-\d\d-\d\d\b/g)) assert.equal(Number(y), year);
  });

  it("gives a probation review the template's checkpoints, due from today, and an outcome to fill", async () => {
    const target = { uri: uriOf(ws.file('reviews/wang-probation.review.yaml')) };
    const before = Date.now();
    const { text } = await s.request<{ text: string }>('review/newReview', { target, template: { uri: uriOf(ws.file('templates/probation-2026.review.yaml')) } });
    const review = parse(text);
    assert.ok(reviewSchema.safeParse(review).success, text);
    assert.equal(review.type, 'probation');
    assert.deepEqual(review.checkpoints.map((c: { id: string }) => c.id), ['month-1', 'month-3']);
    const due = (days: number) => new Date(before + days * 86_400_000).toISOString().slice(0, 10);
    assert.ok([due(30), due(31)].includes(review.checkpoints[0].on), review.checkpoints[0].on);
    assert.deepEqual(review.outcome, {});
  });
});
