import { strict as assert } from 'node:assert';
import type { CompletionItem, CompletionList, MarkupContent, Position } from 'vscode-languageserver';
import { MATERIAL_IDS } from '../../core/defaults';
import { allRules } from '../../core/rules';
import { reviewSchema } from '../../schemas';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, applyEdits, copyWorkspace, positionOf } from './support/workspace';

describe('server: completion', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  let n = 0;
  before(async () => {
    ws = copyWorkspace();
    s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF }) });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  /** Opens `text` as a new review next to the template and completes at `pos`. */
  async function complete(text: string, pos: Position, name = `c${n++}.review.yaml`): Promise<CompletionItem[]> {
    const uri = uriOf(ws.file(name));
    await s.open(uri, text);
    const res = await s.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: pos });
    return Array.isArray(res) ? res : (res?.items ?? []);
  }
  const at = (text: string, needle: string) => positionOf(text, needle, 0, needle.length);
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const insert = (text: string, item: CompletionItem) => {
    const edit = item.textEdit as { range: never; newText: string };
    return applyEdits(text, [edit]);
  };
  const held = () => ws.read('held.review.yaml');

  it('offers the keys a mapping still lacks, documented with the schema description', async () => {
    const text = `${held()}\n`;
    const items = await complete(text, { line: text.split('\n').length - 1, character: 0 });
    assert.ok(labels(items).includes('strengths') === false, 'strengths is already there');
    for (const key of ['employee_response', 'next_goals', 'signoffs', 'follow_up']) assert.ok(labels(items).includes(key), key);
    assert.ok(!labels(items).includes('kind'));
    const er = items.find((i) => i.label === 'employee_response')!;
    assert.equal((er.documentation as MarkupContent).value, reviewSchema.shape.employee_response.description ?? (reviewSchema.shape.employee_response as any)._zod.def.innerType.description);
    assert.equal(insert(text, er).split('\n').slice(-2).join('\n'), 'employee_response:\n  $0');
  });

  it('offers nested keys, in the document\'s indentation', async () => {
    const text = held().replace('  setting: private-room\n', '  setting: private-room\n  lo\n');
    const items = await complete(text, at(text, '  lo'));
    assert.deepEqual(labels(items).sort(), ['agenda', 'location', 'shift']);
    const agenda = items.find((i) => i.label === 'agenda')!;
    assert.match(insert(text, agenda), /\n {2}agenda:\n {4}- \$0\n/);
  });

  it('offers enum values with the key\'s description, and choices inside key snippets', async () => {
    const text = held().replace('status: held', 'status: ');
    const items = await complete(text, at(text, 'status: '));
    assert.deepEqual(labels(items), ['draft', 'scheduled', 'held', 'final']);
    assert.match((items[0]!.documentation as MarkupContent).value, /Where the review stands/);
    const setting = held().replace('  setting: private-room\n', '  se\n');
    const key = (await complete(setting, at(setting, '  se'))).find((i) => i.label === 'setting')!;
    assert.equal((key.textEdit as { newText: string }).newText, 'setting: ${1|private-room,video-call,open-office,other|}');
  });

  it('offers goal ids for strengths[].goal and improvement ids for addresses (unplanned first)', async () => {
    const g = held().replace('    goal: pipeline', '    goal: ');
    assert.deepEqual(labels(await complete(g, at(g, '    goal: '))), ['revenue', 'pipeline']);
    const a = held().replace('  - addresses: weekly-reports', '  - addresses: ');
    const items = await complete(a, at(a, 'addresses: '));
    assert.deepEqual([...items].sort((x, y) => x.sortText!.localeCompare(y.sortText!)).map((i) => i.label), ['handover', 'weekly-reports']);
    assert.equal(items.find((i) => i.label === 'handover')!.detail, 'Customer handovers lacked notes');
  });

  it("offers the template's competency ids and scale levels, in flow mappings too", async () => {
    const text = held().replace('{ id: ownership, rating: 3,', '{ id: , rating: 3,');
    const ids = await complete(text, at(text, '{ id: '));
    assert.deepEqual(labels(ids), ['communication', 'ownership']);
    assert.equal(ids[0]!.detail, 'Communication');
    const r = held().replace('{ id: ownership, rating: 3,', '{ id: ownership, rating: ');
    const levels = await complete(r, at(r, 'rating: '));
    assert.deepEqual(labels(levels), ['1', '2', '3', '4']);
    assert.equal(levels[3]!.detail, 'Exceeds expectations');
  });

  it('offers material ids in a list', async () => {
    const text = held().replace('materials: [evaluation-form, work-summary]', 'materials: [evaluation-form, ');
    const items = await complete(text, at(text, 'evaluation-form, '));
    assert.deepEqual(labels(items), [...MATERIAL_IDS]);
    const block = held().replace('materials: [evaluation-form, work-summary]', 'materials:\n  - job');
    assert.ok(labels(await complete(block, at(block, '  - job'))).includes('job-description'));
  });

  it('offers a whole list entry as a snippet', async () => {
    const text = held().replace('improvement_plan:\n', '  \nimprovement_plan:\n');
    const pos = positionOf(text, '  \nimprovement_plan', 0, 2);
    const entry = (await complete(text, pos)).find((i) => i.label === 'improvements entry')!;
    assert.equal((entry.textEdit as { newText: string }).newText, '- id: $1\n    text: $2\n    evidence: $3');
    const plan = held().replace(/improvement_plan:[\s\S]*?score: 3/, 'improvement_plan:\n  - \nscore: 3');
    const item = (await complete(plan, at(plan, 'improvement_plan:\n  - '))).find((i) => i.label === 'improvement_plan entry');
    assert.ok(item, 'after "- " the entry comes without its dash');
    assert.match((item!.textEdit as { newText: string }).newText, /^addresses: \$\{1\|handover,weekly-reports\|\}\n {4}action: \$2\n {4}owner: \$3\n {4}due: \$\{4:YYYY-MM-DD\}\n {4}measure: \$5$/);
  });

  it('offers rule ids in a rules map and in # review-disable comments', async () => {
    const template = `${ws.read('template.review.yaml')}rules:\n  pr\n`;
    const items = await complete(template, at(template, '  pr'), `t${n++}.review.yaml`);
    assert.deepEqual(labels(items).sort(), allRules.map((r) => r.id).sort());
    const praise = items.find((i) => i.label === 'praise-missing')!;
    assert.equal((praise.textEdit as { newText: string }).newText, 'praise-missing: ${1|off,error,warning,info|}');
    assert.match((praise.documentation as MarkupContent).value, /docs\/rules\/praise-missing\.md/);

    const text = `# review-disable praise-missing, \n${held()}`;
    const inComment = await complete(text, at(text, 'praise-missing, '));
    assert.ok(!labels(inComment).includes('praise-missing'), 'already listed');
    assert.ok(labels(inComment).includes('score-without-response'));
    const name = `# review-dis\n${held()}`;
    assert.deepEqual(labels(await complete(name, at(name, '# review-dis'))), ['review-disable-next-line', 'review-disable', 'review-enable']);
  });

  it('offers `kind` in an empty file and nothing in a file that is not ours', async () => {
    assert.deepEqual(labels(await complete('', { line: 0, character: 0 })), ['kind']);
    assert.deepEqual(await complete('mrsf_version: "1.0"\n', { line: 1, character: 0 }), []);
  });
});
