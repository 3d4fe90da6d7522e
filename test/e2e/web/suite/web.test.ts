// Review YAML in the web worker extension host (what vscode.dev and github.dev run), in code-server:
// the extension, its language server in a browser worker, and the files read through the editor.
import * as vscode from 'vscode';
import type { ReviewYamlApi } from '../../../../client/extension';
import { hostHadProcess, setFigures } from './figures';
import { EXTENSION_ID, check, codeOf, diagnosticsShown, diagnosticsWhere, once, open, percentile, readText, workspaceUri } from './helpers';

const REVIEW = 'reviews/zhang-2026-as-held.review.yaml';

/** A finding as `review-yaml lint --format json` prints it (1-based lines and columns). */
interface CliFinding { rule: string; severity: 'error' | 'warning' | 'info'; message: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }

const SEVERITY: Record<CliFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

const keyOfCli = (f: CliFinding) => `${f.rule} ${SEVERITY[f.severity]} ${f.range.start.line - 1}:${f.range.start.column - 1}-${f.range.end.line - 1}:${f.range.end.column - 1} ${f.message}`;
const keyOf = (d: vscode.Diagnostic) => `${codeOf(d)} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

async function api(): Promise<ReviewYamlApi> {
  const ext = vscode.extensions.getExtension<ReviewYamlApi>(EXTENSION_ID);
  check(ext, `${EXTENSION_ID} is installed`);
  const a = await ext.activate();
  await a.ready;
  return a;
}

describe('Review YAML in the web worker extension host', () => {
  // For the README's screenshot (run.mjs --screenshots asks by writing .expected/screenshot): the
  // review as a manager sees it, its preview beside it; run.mjs deletes the file once it has the picture.
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const asked = workspaceUri('.expected/screenshot');
    if (!(await vscode.workspace.fs.stat(asked).then(() => true, () => false))) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.workspace.workspaceFolders![0]!, '.expected/screenshot'));
    const taken = once(watcher.onDidDelete);
    for (const made of ['reviews/new-hire.review.yaml', 'zhang.html']) await vscode.workspace.fs.delete(workspaceUri(made));
    await open(REVIEW);
    await vscode.commands.executeCommand('reviewYaml.openPreviewToSide');
    await vscode.workspace.fs.writeFile(workspaceUri('.expected/ready'), new Uint8Array());
    await taken;
    watcher.dispose();
  });

  it('runs in a browser worker: no Node process, a worker global, the web UI', async () => {
    const a = await api();
    check(!hostHadProcess, 'no `process` in this host (looked for before mocha, whose browser build brings its own)');
    const name = Object.prototype.toString.call(globalThis);
    check(name === '[object DedicatedWorkerGlobalScope]', `the global is a DedicatedWorkerGlobalScope (${name})`);
    check(vscode.env.uiKind === vscode.UIKind.Web, 'the UI is the web one');
    check(a.client?.isRunning(), 'the language client runs');
  });

  it('activates from a small bundle: the language client is a bundle of its own, run after activation', async () => {
    const a = await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const read = async (file: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, file)));
    const [activation, client] = await Promise.all([read('dist/web/extension.js'), read('dist/web/languageClient.js')]);
    // The browser transport's class names survive minifying: they are only in the client's bundle.
    check(!activation.includes('BrowserMessageReader'), `dist/web/extension.js holds no language client (${activation.length} bytes)`);
    check(client.includes('BrowserMessageReader'), 'dist/web/languageClient.js does');
    check(a.client?.isRunning(), 'and it runs');
  });

  it('shows the same findings as `review-yaml lint`, the template and .reviewrc.yaml read through the editor', async () => {
    const cli = (JSON.parse(await readText('.expected/lint.json')) as { files: { findings: CliFinding[] }[] }).files[0]!.findings;
    // What makes the comparison worth having: findings that need the template, and the config's severities.
    check(cli.some((f) => f.rule === 'materials-missing'), 'the CLI reports materials-missing (the template requires materials)');
    check(cli.some((f) => f.rule === 'notice-too-short' && f.severity === 'error'), '.reviewrc.yaml raises notice-too-short to an error');
    check(!cli.some((f) => f.rule === 'agenda-missing'), '.reviewrc.yaml turns agenda-missing off');
    const uri = workspaceUri(REVIEW);
    await open(REVIEW);
    const expected = cli.map(keyOfCli).sort();
    const shown = await diagnosticsWhere(uri, (ds) => ds.length > 0);
    const got = shown.map(keyOf).sort();
    check(JSON.stringify(got) === JSON.stringify(expected), `the editor's findings equal the CLI's:\n  editor: ${got.join('\n          ')}\n  cli:    ${expected.join('\n          ')}`);
  });

  it('completes a missing section', async () => {
    const editor = await open(REVIEW);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    check(await editor.edit((e) => e.insert(end, '\n')), 'a new line at the end');
    const at = new vscode.Position(end.line + 1, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    check(labels.some((l) => l.startsWith('next_goals')), `next_goals is offered (${labels.slice(0, 20).join(', ')})`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("fixes a finding with its quick fix: the template's missing materials added", async () => {
    const uri = workspaceUri(REVIEW);
    await open(REVIEW);
    const isIt = (d: vscode.Diagnostic) => codeOf(d) === 'materials-missing';
    const [missing] = (await diagnosticsWhere(uri, (ds) => ds.some(isIt))).filter(isIt);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing!.range, vscode.CodeActionKind.QuickFix.value);
    // The rule's own fix, the preferred one: it knows what to add from the template, read through the editor.
    const fix = actions.find((a) => a.isPreferred && a.edit);
    check(fix, `a preferred quick fix for materials-missing (${actions.map((a) => a.title).join('; ')})`);
    const gone = diagnosticsWhere(uri, (ds) => ds.length > 0 && !ds.some(isIt));
    check(await vscode.workspace.applyEdit(fix.edit!), 'the fix applies');
    await gone;
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('previews the record under a strict CSP', async () => {
    const { preview } = await api();
    await open(REVIEW);
    const rendered = once(preview.onDidRender, (r) => r.uri === workspaceUri(REVIEW).toString());
    await vscode.commands.executeCommand('reviewYaml.openPreviewToSide');
    const r = await rendered;
    check(/Xiao Zhang/.test(r.html), 'the employee is shown');
    check(/praise-missing/.test(r.html), 'findings are marked');
    check(r.html.includes(`'nonce-${r.nonce}'`) || r.html.includes(`&#39;nonce-${r.nonce}&#39;`), 'the CSP allows only the nonce');
    check((r.html.match(/<script\b/g) ?? []).length === 1, 'one script');
  });

  it('writes a new review from a template, and an HTML export, through workspace.fs', async () => {
    const template = workspaceUri('templates/annual-2026.review.yaml');
    const dest = workspaceUri('reviews/new-hire.review.yaml');
    const file = await vscode.commands.executeCommand<vscode.Uri>('reviewYaml.newReview', template, dest);
    check(file?.toString() === dest.toString(), `written to ${dest.toString()}`);
    const text = await readText('reviews/new-hire.review.yaml');
    check(/^template: \.\.\/templates\/annual-2026\.review\.yaml$/m.test(text), `the new review names its template:\n${text.slice(0, 400)}`);
    // The server reads the template the new review names: its findings are the template's.
    await diagnosticsWhere(dest, (ds) => ds.length > 0);
    const out = workspaceUri('zhang.html');
    await vscode.commands.executeCommand('reviewYaml.exportHtml', workspaceUri(REVIEW), out);
    check(/Xiao Zhang/.test(await readText('zhang.html')), 'the export holds the record');
  });

  it('hovers a key with its description, and a score with the label of the template read through the editor', async () => {
    const editor = await open(REVIEW);
    const { document: doc } = editor;
    const hover = async (needle: string, offset: number) => {
      const at = doc.positionAt(doc.getText().indexOf(needle) + offset);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    };
    const onKey = await hover('status: held', 2);
    check(/Where the review stands/.test(onKey), `the key's description (${onKey})`);
    const onScore = await hover('score: 3', 'score: '.length);
    check(/Meets expectations/.test(onScore), `the template's label for 3 (${onScore})`);
  });

  it('"Fix all" applies every auto fix at once, as `review-yaml lint --fix` does', async () => {
    const uri = workspaceUri(REVIEW);
    const editor = await open(REVIEW);
    const isIt = (d: vscode.Diagnostic) => codeOf(d) === 'materials-missing';
    await diagnosticsWhere(uri, (ds) => ds.some(isIt));
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, vscode.CodeActionKind.SourceFixAll.value);
    const all = actions.find((a) => a.kind?.value === 'source.fixAll.review-yaml' && a.edit);
    check(all, `a source.fixAll.review-yaml action (${actions.map((a) => `${a.kind?.value} ${a.title}`).join('; ')})`);
    const gone = diagnosticsWhere(uri, (ds) => ds.length > 0 && !ds.some(isIt));
    check(await vscode.workspace.applyEdit(all.edit!), 'the fixes apply');
    const expected = await readText('.expected/fixed.yaml');
    check(editor.document.getText() === expected, `the text equals what review-yaml lint --fix wrote:\n${editor.document.getText()}`);
    await gone;
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a `# review-disable-next-line` comment silences that rule on the next line only', async () => {
    const uri = workspaceUri(REVIEW);
    const editor = await open(REVIEW);
    const has = (ds: vscode.Diagnostic[], code: string) => ds.some((d) => codeOf(d) === code);
    await diagnosticsWhere(uri, (ds) => has(ds, 'location-not-private'));
    // The finding is on the meeting's setting (open-office).
    const line = editor.document.lineAt(editor.document.positionAt(editor.document.getText().indexOf('  setting: open-office')).line);
    const silenced = diagnosticsWhere(uri, (ds) => ds.length > 0 && !has(ds, 'location-not-private'));
    check(await editor.edit((e) => e.insert(line.range.start, '  # review-disable-next-line location-not-private\n')), 'the comment is added');
    const ds = await silenced;
    check(has(ds, 'meeting-too-short') && has(ds, 'notice-too-short'), `the meeting's other findings stay (${ds.map(codeOf).join(', ')})`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhere(uri, (d) => has(d, 'location-not-private'));
  });

  it("re-lints an open review when its template is edited, before the template is saved", async () => {
    const uri = workspaceUri(REVIEW);
    await open(REVIEW);
    const short = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'meeting-too-short');
    await diagnosticsWhere(uri, short);
    // The template asks for at least 30 minutes; the meeting was planned for 20.
    const template = await vscode.workspace.openTextDocument(workspaceUri('templates/annual-2026.review.yaml'));
    const at = template.getText().indexOf('min_minutes: 30');
    check(at >= 0, 'the template sets min_minutes: 30');
    const value = new vscode.Range(template.positionAt(at + 'min_minutes: '.length), template.positionAt(at + 'min_minutes: 30'.length));
    const edit = (to: string) => {
      const e = new vscode.WorkspaceEdit();
      e.replace(template.uri, value, to);
      return vscode.workspace.applyEdit(e);
    };
    const relinted = diagnosticsWhere(uri, (ds) => ds.length > 0 && !short(ds));
    check(await edit('15'), 'the template is edited');
    await relinted;
    const back = diagnosticsWhere(uri, short);
    check(await edit('30'), 'the template is edited back');
    await back;
    await template.save();
  });

  // Each keystroke is timed to when the language client hands its diagnostics to VS Code, which
  // shows them then; `onDidChangeDiagnostics` comes up to 50 ms later (the extension host debounces
  // it), so it is awaited before the next keystroke and reported beside, not timed as the edit's.
  // The part after the change reached the extension host (the client, the server's worker and
  // back) is reported too: before it, the edit makes a round trip to the window.
  it('lints a 150-line review on open and on every keystroke (figures for the bench)', async () => {
    const { onDidShowDiagnostics } = await api();
    const rel = 'reviews/typing.review.yaml';
    const uri = workspaceUri(rel);
    const doc = await vscode.workspace.openTextDocument(uri);
    const finding = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === 'absolute-language');
    const t0 = performance.now();
    const editor = await vscode.window.showTextDocument(doc);
    const first = finding(await diagnosticsShown(onDidShowDiagnostics, uri, (ds) => !!finding(ds)))!;
    const firstDiagnosticsMs = performance.now() - t0;
    const at = doc.positionAt(doc.getText().indexOf('Sam always ran'));
    check(first.range.start.line === at.line, 'the finding is on the line typed into');
    const typed = 'Over the whole year, ';
    const times: number[] = [];
    const eventTimes: number[] = [];
    const afterChange: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < typed.length; i++) {
      const end = first.range.end.character + i + 1;
      const own = (ds: vscode.Diagnostic[]) => finding(ds)?.range.end.character === end;
      const shown = diagnosticsShown(onDidShowDiagnostics, uri, own);
      const event = diagnosticsWhere(uri, own);
      const changed = once(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc).then(() => performance.now());
      const t = performance.now();
      check(await editor.edit((e) => e.insert(at.translate(0, i), typed[i]!), { undoStopBefore: false, undoStopAfter: false }), 'typed');
      await shown;
      const shownAt = performance.now();
      const changedAt = await changed;
      afterChange.push(shownAt - changedAt);
      roundTrips.push(changedAt - t);
      times.push(shownAt - t);
      await event;
      eventTimes.push(performance.now() - t);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const measured = times.slice(5);
    const events = eventTimes.slice(5);
    setFigures({
      firstDiagnosticsMs,
      firstDiagnosticsLines: doc.lineCount,
      editP50Ms: percentile(measured, 50),
      editP95Ms: percentile(measured, 95),
      editEventP50Ms: percentile(events, 50),
      changeToShownP50Ms: percentile(afterChange.slice(5), 50),
      changeToShownP95Ms: percentile(afterChange.slice(5), 95),
      editToChangeP50Ms: percentile(roundTrips.slice(5), 50),
      edits: measured.length,
    });
  });
});
