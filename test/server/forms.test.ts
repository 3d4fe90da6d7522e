import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent, Position } from 'vscode-languageserver';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace, positionOf } from './support/workspace';

const EXAMPLES = join(__dirname, '../../examples/templates');

/** A probation review under the example probation template (weighted items, bands, levels, checkpoints). */
const REVIEW = `kind: review
template: templates/probation-2026.review.yaml
type: probation
status: held
period: { start: 2026-03-02, end: 2026-06-01 }
employee: { name: 王芳 }
reviewer: { name: 李明 }
competencies:
  - { id: learning, rating: 4, self_rating: 4 }
  - { id: teamwork, rating: 3 }
scoring:
  items:
    - { id: results, weight: 50, score: 92, second_score: 88 }
    - { id: ability, weight: 30, score: 85, second_score: 80 }
    - { id: attitude, weight: 20, score: 90, second_score: 90 }
  total: 88.1
  grade: B
checkpoints:
  - { id: month-1, on: 2026-04-01 }
outcome:
  decision: confirmed
`;

describe('server: the parts of real review forms (completion and hover)', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  let n = 0;
  before(async () => {
    ws = copyWorkspace();
    mkdirSync(ws.file('templates'), { recursive: true });
    copyFileSync(join(EXAMPLES, 'probation-2026.review.yaml'), ws.file('templates/probation-2026.review.yaml'));
    s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF }) });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  async function open(text: string): Promise<string> {
    const uri = uriOf(ws.file(`forms${n++}.review.yaml`));
    await s.open(uri, text);
    return uri;
  }
  async function complete(text: string, pos: Position): Promise<CompletionItem[]> {
    const uri = await open(text);
    const res = await s.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: pos });
    return Array.isArray(res) ? res : (res?.items ?? []);
  }
  const at = (text: string, needle: string) => positionOf(text, needle, 0, needle.length);
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  async function hover(text: string, needle: string, shift = 1): Promise<string | undefined> {
    const uri = await open(text);
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 0, shift) });
    return (h?.contents as MarkupContent | undefined)?.value;
  }

  it('offers the new interview types', async () => {
    const text = REVIEW.replace('type: probation', 'type: ');
    assert.deepEqual(labels(await complete(text, at(text, 'type: '))), ['plan', 'coaching', 'appraisal', 'probation', 'pip']);
  });

  it('offers the new top-level keys the review still lacks, documented', async () => {
    const text = `${REVIEW}\n`;
    const items = await complete(text, { line: text.split('\n').length - 1, character: 0 });
    for (const key of ['self_assessment', 'development_plan', 'calibration', 'consequence', 'rater_feedback', 'okrs', 'pay_progression', 'attachments', 'second_rater', 'approvers'])
      assert.ok(labels(items).includes(key), key);
    for (const key of ['scoring', 'checkpoints', 'outcome']) assert.ok(!labels(items).includes(key), `${key} is already there`);
    const sa = items.find((i) => i.label === 'self_assessment')!;
    assert.match((sa.documentation as MarkupContent).value, /self-assessment/);
  });

  it("offers the template's grade bands for scoring.grade and calibration, highest first", async () => {
    const text = REVIEW.replace('  grade: B', '  grade: ');
    const items = await complete(text, at(text, '  grade: '));
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepEqual(labels(sorted), ['A', 'B', 'C', 'D']);
    assert.equal(sorted[1]!.detail, '良好（按期转正）');
    const cal = `${REVIEW}calibration:\n  final: `;
    assert.deepEqual(labels(await complete(cal, at(cal, '  final: '))).sort(), ['A', 'B', 'C', 'D']);
  });

  it("offers a competency's own levels for its rating and self-rating", async () => {
    const text = REVIEW.replace('{ id: teamwork, rating: 3 }', '{ id: teamwork, rating: 3, self_rating:  }');
    const items = await complete(text, positionOf(text, 'self_rating:  }', 0, 'self_rating: '.length));
    assert.deepEqual(labels(items), ['1', '2', '3', '4', '5']);
    assert.equal(items[3]!.detail, '良好');
    assert.equal((items[3]!.documentation as MarkupContent).value, '主动发现协作中的问题并推动解决');
  });

  it("offers the template's scoring items, checkpoints and allowed outcomes", async () => {
    const item = REVIEW.replace('{ id: attitude,', '{ id: ,');
    const items = await complete(item, positionOf(item, '{ id: ,', 0, '{ id: '.length));
    assert.deepEqual(labels(items), ['results', 'ability', 'attitude']);
    assert.equal(items[0]!.detail, '工作业绩');
    const cp = REVIEW.replace('{ id: month-1,', '{ id: ,');
    assert.deepEqual(labels(await complete(cp, positionOf(cp, '{ id: ,', 0, '{ id: '.length))), ['month-1', 'month-3']);
    const dec = REVIEW.replace('  decision: confirmed', '  decision: ');
    assert.deepEqual(labels(await complete(dec, at(dec, '  decision: '))), ['confirmed-early', 'confirmed', 'extended', 'ended']);
    const pip = dec.replace('template: templates/probation-2026.review.yaml\n', '').replace('type: probation', 'type: pip');
    assert.deepEqual(labels(await complete(pip, at(pip, '  decision: '))), ['completed', 'extended', 'not-met']);
  });

  it("hovers a competency rating with that competency's level description", async () => {
    const h = await hover(REVIEW, 'rating: 3 }', 'rating: '.length);
    assert.equal(h, "**3 — 合格** (团队协作)\n\n按时同步进展，交接清楚\n\n_From the template's levels for this competency._");
  });

  it('hovers a grade with its band and whether the total earns it', async () => {
    const h = await hover(REVIEW, 'grade: B', 'grade: '.length);
    assert.equal(h, "**B** — 良好（按期转正）: totals 75–<90.\n\nThe total 88.1 is in this band.\n\n_From the template's grade bands._");
    const wrong = await hover(REVIEW.replace('grade: B', 'grade: A'), 'grade: A', 'grade: '.length);
    assert.match(wrong!, /The total 88\.1 earns \*\*B\*\*, not A\./);
  });

  it('hovers a total with what the items add up to and its band', async () => {
    const h = await hover(REVIEW, 'total: 88.1', 'total: '.length);
    assert.equal(h, '**Total 88.1**\n\nThe scored items add up to 88.1.\n\nBand **B** (良好（按期转正）): 75–<90.');
  });
});
