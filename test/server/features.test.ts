import { strict as assert } from 'node:assert';
import type {
  CodeAction, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent, PublishDiagnosticsParams, Range, WorkspaceEdit,
} from 'vscode-languageserver';
import { docsUrl } from '../../core/rule';
import { reviewSchema } from '../../schemas';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, applyEdits, copyWorkspace, positionOf, rangeOf } from './support/workspace';

describe('server: hover, code actions, outline and navigation', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  let uri: string;
  let text: string;
  let first: PublishDiagnosticsParams;
  before(async () => {
    ws = copyWorkspace();
    s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF }) });
    uri = uriOf(ws.file('held.review.yaml'));
    text = ws.read('held.review.yaml');
    await s.open(uri, text);
    first = await s.diagnostics(uri);
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  const hoverAt = async (t: string, needle: string, n = 0, u = uri) =>
    (await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: positionOf(t, needle, n, 1) }))?.contents as MarkupContent | undefined;

  describe('hover', () => {
    it("shows a key's schema description", async () => {
      const h = await hoverAt(text, 'improvement_plan:');
      assert.equal(h?.value, `**improvement_plan**\n\n${(reviewSchema.shape.improvement_plan as any)._zod.def.innerType.description ?? reviewSchema.shape.improvement_plan.description}`);
    });

    it("shows the template's scale level for a score and a rating", async () => {
      const key = await hoverAt(text, 'score: 3', 0);
      assert.match(key!.value, /^\*\*score\*\*\n\nThe overall score/);
      const value = (await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'score: 3', 0, 7) })).contents as MarkupContent;
      assert.match(value.value, /^\*\*3 — Meets expectations\*\*\n\nMeets the goals and standards\n\n_From the template\._$/);
      const rating = (await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'rating: 4', 0, 8) })).contents as MarkupContent;
      assert.match(rating.value, /Exceeds expectations/);
    });

    it('shows a rule\'s summary and link, in a rules map and in a directive comment', async () => {
      const template = `${ws.read('template.review.yaml')}rules:\n  praise-missing: off\n`;
      const t = uriOf(ws.file('hover-template.review.yaml'));
      await s.open(t, template);
      const inMap = await hoverAt(template, 'praise-missing', 0, t);
      assert.match(inMap!.value, /^\*\*praise-missing\*\* — The review records no strengths/);
      assert.ok(inMap!.value.includes(docsUrl('praise-missing')));
      const commented = `# review-disable score-without-response -- agreed with HR\n${text}`;
      const c = uriOf(ws.file('hover-comment.review.yaml'));
      await s.open(c, commented);
      const inComment = await hoverAt(commented, 'score-without-response', 0, c);
      assert.match(inComment!.value, /^\*\*score-without-response\*\*/);
      assert.equal(await hoverAt(commented, 'agreed', 0, c), undefined);
    });

    it('shows what an id reference points at', async () => {
      const h = await hoverAt(text, 'goal: pipeline', 0);
      assert.match(h!.value, /goal/); // on the key
      const v = (await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'goal: pipeline', 0, 8) })).contents as MarkupContent;
      assert.equal(v.value, '**pipeline** — Keep a pipeline of three times the quarterly target');
    });
  });

  describe('code actions', () => {
    const actionsFor = (code: string, only?: string[]) => {
      const d = first.diagnostics.find((x) => x.code === code)!;
      return s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only } });
    };
    const relint = async (newText: string) => {
      const u = uriOf(ws.file(`ca${Math.random().toString(36).slice(2)}.review.yaml`));
      await s.open(u, newText);
      return (await s.diagnostics(u)).diagnostics.map((d) => d.code).sort();
    };

    it('"Disable <rule> for this line" inserts a next-line comment above, indented like the line, and silences it', async () => {
      const actions = await actionsFor('improvement-plan-missing');
      const line = actions.find((a) => a.title === 'Disable improvement-plan-missing for this line')!;
      assert.equal(line.kind, 'quickfix');
      const fixed = applyEdits(text, (line.edit as WorkspaceEdit).changes![uri]!);
      assert.ok(fixed.includes('\n  # review-disable-next-line improvement-plan-missing\n  - id: handover\n'));
      assert.deepEqual(await relint(fixed), ['score-without-response']);
    });

    it('"Disable <rule> for this file" adds a comment at the top, or extends the one there', async () => {
      const actions = await actionsFor('score-without-response');
      const file = actions.find((a) => a.title === 'Disable score-without-response for this file')!;
      const fixed = applyEdits(text, (file.edit as WorkspaceEdit).changes![uri]!);
      assert.ok(fixed.startsWith('# review-disable score-without-response\nkind: review\n'));
      assert.deepEqual(await relint(fixed), ['improvement-plan-missing']);

      const u = uriOf(ws.file('ca-top.review.yaml'));
      const withTop = `# review-disable praise-missing -- a draft\n${text}`;
      await s.open(u, withTop);
      const d = (await s.diagnostics(u)).diagnostics.find((x) => x.code === 'score-without-response')!;
      const more = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
      const edit = more.find((a) => a.title.endsWith('for this file'))!.edit!.changes![u]!;
      assert.ok(applyEdits(withTop, edit).startsWith('# review-disable praise-missing, score-without-response -- a draft\nkind: review\n'));
    });

    it("offers the rule's own fix first: a stub for an unplanned improvement", async () => {
      const actions = await actionsFor('improvement-plan-missing');
      const stub = actions[0]!;
      assert.match(stub.title, /^Add an improvement plan item for "/);
      assert.equal(stub.isPreferred, undefined);
      const fixed = applyEdits(text, (stub.edit as WorkspaceEdit).changes![uri]!);
      assert.match(fixed, /\n  - addresses: handover\n    action: "TODO: what will be done"\n/);
      assert.deepEqual(await relint(fixed), ['score-without-response']);
    });

    it('a stub then selects its first placeholder, through the client command reviewYaml.selectRange', async () => {
      const [stub] = await actionsFor('improvement-plan-missing');
      const fixed = applyEdits(text, (stub!.edit as WorkspaceEdit).changes![uri]!);
      assert.deepEqual(stub!.command, {
        title: 'Select the placeholder',
        command: 'reviewYaml.selectRange',
        arguments: [uri, rangeOf(fixed, 'TODO: what will be done')],
      });
      // Auto fixes and silencing comments need no selection.
      const actions = await actionsFor('score-without-response');
      assert.ok(actions.filter((a) => a.title.startsWith('Disable')).every((a) => a.command === undefined));
    });

    it('source.fixAll.review-yaml applies every auto fix at once, keeping comments', async () => {
      const typos = text.replace('status: held', 'status: Held # after the meeting').replace('reviewer:', 'reviewr:');
      const u = uriOf(ws.file('ca-fixall.review.yaml'));
      await s.open(u, typos);
      const diags = (await s.diagnostics(u)).diagnostics;
      assert.equal(diags.filter((d) => d.code === 'schema').length, 3); // Held, reviewr, and reviewer missing
      const [all] = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: u }, range: diags[0]!.range, context: { diagnostics: [], only: ['source.fixAll.review-yaml'] },
      });
      assert.equal(all!.kind, 'source.fixAll.review-yaml');
      const fixed = applyEdits(typos, all!.edit!.changes![u]!);
      assert.equal(fixed, text.replace('status: held', 'status: held # after the meeting'));
      const held = diags.find((d) => String(d.message).includes('"Held"'))!;
      const quick = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: held.range, context: { diagnostics: [held] } });
      assert.equal(quick[0]!.isPreferred, true);
    });

    it('offers nothing for a diagnostic of another tool, and registers source.fixAll.review-yaml', async () => {
      const foreign = { ...first.diagnostics[0]!, source: 'yaml' };
      const none = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: foreign.range, context: { diagnostics: [foreign] } });
      assert.deepEqual(none, []);
      const kinds = (s.initializeResult.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
      assert.ok(kinds.includes('source.fixAll.review-yaml'));
      const onlyFixAll = await actionsFor('score-without-response', ['source.fixAll.review-yaml']);
      assert.ok(onlyFixAll.every((a) => a.kind === 'source.fixAll.review-yaml'));
    });
  });

  describe('outline and folding', () => {
    it('lists sections with their items named by id, topic or text', async () => {
      const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((x) => x.name), [
        'kind', 'template', 'type', 'status', 'period', 'employee', 'reviewer', 'meeting', 'materials', 'goals',
        'competencies', 'strengths', 'improvements', 'improvement_plan', 'score',
      ]);
      const improvements = symbols.find((x) => x.name === 'improvements')!;
      assert.deepEqual(improvements.children!.map((c) => c.name), ['weekly-reports', 'handover']);
      assert.deepEqual(improvements.selectionRange, rangeOf(text, 'improvements'));
      assert.deepEqual(improvements.range.end, positionOf(text, '3 handovers in Q3 without a CRM note', 0, 36));
      assert.deepEqual(symbols.find((x) => x.name === 'improvement_plan')!.children!.map((c) => c.name), ['weekly-reports']);
      assert.deepEqual(symbols.find((x) => x.name === 'meeting')!.children!.map((c) => c.name), ['at', 'minutes', 'notified_on', 'setting']);
    });

    it('folds every multi-line block, from its key to its last line', async () => {
      const ranges = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
      const lineOf = (needle: string) => positionOf(text, needle).line;
      const has = (a: number, b: number) => ranges.some((r) => r.startLine === a && r.endLine === b);
      assert.ok(has(lineOf('meeting:'), lineOf('setting: private-room')), 'meeting');
      assert.ok(has(lineOf('goals:'), lineOf('result: 3.2')+1), 'goals');
      assert.ok(has(lineOf('- id: revenue'), lineOf('status: exceeded')), 'first goal');
      assert.ok(!ranges.some((r) => r.startLine === lineOf('score: 3')));
    });
  });

  describe('navigation', () => {
    const at = (needle: string, n = 0, shift = 1) => ({ textDocument: { uri }, position: positionOf(text, needle, n, shift) });

    it('goes from template: to the template file', async () => {
      const defs = await s.request<Location[]>('textDocument/definition', at('template.review.yaml'));
      assert.deepEqual(defs, [{ uri: uriOf(ws.file('template.review.yaml')), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    });

    it('goes from an id reference to its definition, here and in the template', async () => {
      const goal = await s.request<Location[]>('textDocument/definition', at('goal: pipeline', 0, 8));
      assert.deepEqual(goal, [{ uri, range: rangeOf(text, 'pipeline') }]);
      const plan = await s.request<Location[]>('textDocument/definition', at('addresses: weekly-reports', 0, 12));
      assert.deepEqual(plan, [{ uri, range: rangeOf(text, 'weekly-reports') }]);
      const competency = await s.request<Location[]>('textDocument/definition', at('id: ownership', 0, 5));
      const template = ws.read('template.review.yaml');
      assert.deepEqual(competency, [{ uri: uriOf(ws.file('template.review.yaml')), range: rangeOf(template, 'ownership') }]);
    });

    it('finds the references of an id, with or without its declaration', async () => {
      const refs = await s.request<Location[]>('textDocument/references', { ...at('id: weekly-reports', 0, 5), context: { includeDeclaration: true } });
      assert.deepEqual(refs.map((r) => r.range), [rangeOf(text, 'weekly-reports', 0), rangeOf(text, 'weekly-reports', 1)]);
      const only = await s.request<Location[]>('textDocument/references', { ...at('id: revenue', 0, 5), context: { includeDeclaration: false } });
      const ref = positionOf(text, 'goal: revenue', 0, 6);
      assert.deepEqual(only.map((r) => r.range), [{ start: ref, end: { line: ref.line, character: ref.character + 7 } }]);
    });

    it('renames an id with all its references (prepareRename first)', async () => {
      const prep = await s.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at('addresses: weekly-reports', 0, 13));
      assert.deepEqual(prep, { range: rangeOf(text, 'weekly-reports', 1), placeholder: 'weekly-reports' });
      const edit = await s.request<WorkspaceEdit>('textDocument/rename', { ...at('id: weekly-reports', 0, 5), newName: 'reporting' });
      const renamed = applyEdits(text, edit.changes![uri]!);
      assert.ok(!renamed.includes('weekly-reports'));
      assert.ok(renamed.includes('  - id: reporting\n') && renamed.includes('  - addresses: reporting\n'));
      await assert.rejects(s.request('textDocument/prepareRename', at('kind: review', 0, 7)), /goal or an improvement/);
      await assert.rejects(s.request('textDocument/rename', { ...at('id: revenue', 0, 5), newName: 'two words' }), /not a usable id/);
      await assert.rejects(s.request('textDocument/prepareRename', at('id: ownership', 0, 5)), /belong to the template/);
    });
  });

  describe('review/newReview', () => {
    it("builds the new review from the chosen template: its competencies and materials, the template's path relative to the file, this year's dates", async () => {
      const target = { uri: uriOf(ws.file('reviews/new.review.yaml')) };
      const { text } = await s.request<{ text: string }>('review/newReview', { target, template: { uri: uriOf(ws.file('template.review.yaml')) } });
      assert.match(text, /^kind: review$/m);
      assert.match(text, /^template: \.\.\/template\.review\.yaml$/m);
      assert.match(text, /Server test template/);
      assert.match(text, /- id: communication/);
      assert.match(text, /- id: ownership/);
      assert.match(text, /^materials: \[ evaluation-form, work-summary \]$/m);
      const year = new Date().getFullYear();
      assert.match(text, new RegExp(`period: \\{ start: ${year}-01-01, end: ${year}-12-31 \\}`));
      for (const [, y] of text.matchAll(/\b(\d{4})-\d\d-\d\d\b/g)) assert.equal(Number(y), year);
      const plain = await s.request<{ text: string }>('review/newReview', { target });
      assert.doesNotMatch(plain.text, /^template:/m);
      await assert.rejects(s.request('review/newReview', { target, template: { uri: uriOf(ws.file('held.review.yaml')) } }), /not a template/);
    });
  });

  describe('review/render', () => {
    it('returns the page the preview shows, from the text as the editor holds it', async () => {
      const { html } = await s.request<{ html: string }>('review/render', { textDocument: { uri }, mode: 'standalone' });
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.ok(html.includes('Zhang Wei'));
      assert.ok(html.includes('Customer handovers lacked notes'));
      await assert.rejects(s.request('review/render', { textDocument: { uri: uriOf(ws.file('not-open.review.yaml')) } }), /not open/);
    });
  });
});
