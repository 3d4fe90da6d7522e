// Keystroke → diagnostics in the real editor host, end to end: an edit made through the editor,
// VS Code's document sync, the language client, the server's debounce (the default, `auto`) and
// lint, and back to the diagnostics VS Code holds for the file. Each keystroke waits for the
// diagnostics of its own text (the finding on the typed line grows by one character each time).
//
// What is timed is the moment the language client hands the diagnostics to VS Code (the API's
// `onDidShowDiagnostics`): VS Code sends the markers to the editor right then. The public
// `vscode.languages.onDidChangeDiagnostics` comes later: the extension host debounces it by 50 ms
// (ExtHostDiagnostics: `new DebounceEmitter({ delay: 50 })`), a wait no user sees. That event is
// still awaited after each keystroke, before the next one (so each keystroke is seen by both, and
// the pace is a typist's), and its figures are kept beside the others to show the difference.
// So is the part after the change reached the extension host (onDidChangeTextDocument): before
// that, the edit makes a round trip to the window, which is VS Code's own.
// The figures go beside the results for run.mjs to print and to $REVIEW_YAML_TYPING_FILE for
// bench/extension.mjs, which prints them against their budget: this test only checks that every
// keystroke got its diagnostics, in order.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticsShown, diagnosticsWhere, once, open, positionOf, workspaceUri } from './helpers';

const TYPED = 'Over the whole year and in every quarter, ';
const WARMUP = 5;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

describe('typing: keystroke → diagnostics', () => {
  after(closeAll);

  it('every keystroke in a 150-line review gets its own diagnostics, measured end to end', async () => {
    const rel = 'reviews/typing.review.yaml';
    const uri = workspaceUri(rel);
    const editor = await open(rel);
    assert.ok(editor.document.lineCount >= 150, `a 150-line review (${editor.document.lineCount})`);
    const finding = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === 'absolute-language');
    const first = finding(await diagnosticsWhere(uri, (ds) => !!finding(ds)))!;
    const at = positionOf(editor.document, 'Sam always ran');
    assert.equal(first.range.start.line, at.line, 'the finding is on the line typed into');
    const times: number[] = [];
    const eventTimes: number[] = [];
    const afterChange: number[] = [];
    for (let i = 0; i < TYPED.length; i++) {
      const end = first.range.end.character + i + 1;
      const own = (ds: vscode.Diagnostic[]) => finding(ds)?.range.end.character === end;
      const shown = diagnosticsShown(uri, own);
      const event = diagnosticsWhere(uri, own);
      const changed = once(vscode.workspace.onDidChangeTextDocument, (e) => e.document === editor.document).then(() => performance.now());
      const t0 = performance.now();
      assert.ok(await editor.edit((e) => e.insert(at.translate(0, i), TYPED[i]!), { undoStopBefore: false, undoStopAfter: false }));
      await shown;
      const shownAt = performance.now();
      times.push(shownAt - t0);
      afterChange.push(shownAt - (await changed));
      await event;
      eventTimes.push(performance.now() - t0);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const measured = times.slice(WARMUP);
    const events = eventTimes.slice(WARMUP);
    const figures = {
      keystrokes: measured.length,
      p50: percentile(measured, 50),
      p95: percentile(measured, 95),
      max: Math.max(...measured),
      eventP50: percentile(events, 50),
      eventP95: percentile(events, 95),
      // Of which what follows the change reaching the extension host: the client, the server and back.
      changeToShownP50: percentile(afterChange.slice(WARMUP), 50),
      lines: editor.document.lineCount,
      times,
      eventTimes,
    };
    for (const file of [process.env.REVIEW_YAML_TYPING_FILE, process.env.REVIEW_YAML_E2E_RESULTS && `${process.env.REVIEW_YAML_E2E_RESULTS}.typing.json`])
      if (file) writeFileSync(file, JSON.stringify(figures));
    assert.equal(times.length, TYPED.length);
  });
});
