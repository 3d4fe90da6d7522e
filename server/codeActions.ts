// Code actions. One function collects the actions for one diagnostic (`actionsFor`); each kind of
// action is a provider in `PROVIDERS`: the rules' own fixes (built by core), then the comments
// that silence a rule. `source.fixAll.review-yaml` applies every auto fix at once.
import {
  type CodeAction, type CodeActionParams, CodeActionKind, type Diagnostic, type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type TextEdit as CoreEdit, applyEdits } from '../core/edits';
import { autoFixes } from '../core/fix';
import { ts } from './messages';
import type { Locale } from '../core/i18n';
import type { Finding } from '../core/types';
import { SOURCE } from './diagnostics';
import type { Analysis } from './documents';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.review-yaml`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export interface ActionContext {
  doc: TextDocument;
  /** The lint of the document as it is now (findings carry what a fix needs). */
  analysis: Analysis | undefined;
  /** The language of the titles, when there is no analysis here (a huge document, linted on the worker thread). */
  locale?: Locale;
}

export type ActionProvider = (diagnostic: Diagnostic & { code: string }, ctx: ActionContext) => CodeAction[];

/** Rules whose findings inline comments cannot silence: offering to would do nothing. */
const NOT_SILENCEABLE = new Set(['yaml-syntax']);

/** The document's own line ending: a comment inserted into a CRLF file ends in CRLF too. */
const eolOf = (doc: TextDocument) => {
  const text = doc.getText();
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
};

const disableForLine: ActionProvider = (d, { doc, analysis, locale }) => {
  if (NOT_SILENCEABLE.has(d.code)) return [];
  const line = d.range.start.line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# review-disable-next-line ${d.code}${eolOf(doc)}` };
  return [action(ts(analysis?.locale ?? locale, 'server.disableLine', { rule: d.code }), d, doc, [edit])];
};

const disableForFile: ActionProvider = (d, { doc, analysis, locale }) => {
  if (NOT_SILENCEABLE.has(d.code)) return [];
  const first = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  // Extend an existing file-wide comment at the top rather than stacking a second one.
  const m = /^#\s*review-disable(?!-)\s+(.*?)\s*(--.*)?$/.exec(first);
  const edit: TextEdit = m
    ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } }, newText: `# review-disable ${m[1]}, ${d.code}${m[2] ? ` ${m[2]}` : ''}` }
    : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `# review-disable ${d.code}${eolOf(doc)}` };
  return [action(ts(analysis?.locale ?? locale, 'server.disableFile', { rule: d.code }), d, doc, [edit])];
};

/** The finding behind a diagnostic of the current analysis (same rule, same range). */
function findingOf(d: Diagnostic & { code: string }, { doc, analysis }: ActionContext): Finding | undefined {
  if (!analysis || analysis.version !== doc.version) return undefined;
  const same = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;
  return analysis.result.findings.find((f) => f.rule === d.code && same(f.range.start, d.range.start) && same(f.range.end, d.range.end));
}

const toLsp = (doc: TextDocument, edits: CoreEdit[]): TextEdit[] =>
  edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));

/** The client command that selects a range of a document once a stub is inserted (client/commands.ts). */
export const SELECT_RANGE_COMMAND = 'reviewYaml.selectRange';

/**
 * The rule's own fix: an auto fix is the preferred action; a stub inserts a skeleton to fill in,
 * then selects its first placeholder so that typing replaces it.
 */
const ruleFix: ActionProvider = (d, ctx) => {
  const finding = findingOf(d, ctx);
  if (!finding?.fix) return [];
  return ctx.analysis!.result.fixesFor(finding).map((fix) => {
    const select = fix.kind === 'stub' && fix.select;
    // `select` is in the text after the edits: positions are counted there.
    const after = select ? TextDocument.create(ctx.doc.uri, ctx.doc.languageId, ctx.doc.version, applyEdits(ctx.doc.getText(), fix.edits)) : undefined;
    return {
      ...action(fix.title, d, ctx.doc, toLsp(ctx.doc, fix.edits)),
      ...(fix.kind === 'auto' ? { isPreferred: true } : {}),
      ...(select && after
        ? { command: { title: ts(ctx.analysis?.locale, 'server.selectPlaceholder'), command: SELECT_RANGE_COMMAND, arguments: [ctx.doc.uri, { start: after.positionAt(select.start), end: after.positionAt(select.end) }] } }
        : {}),
    };
  });
};

/** In the order the editor lists them: the rules' fixes first, then the silencing comments. */
export const PROVIDERS: ActionProvider[] = [ruleFix, disableForLine, disableForFile];

function action(title: string, diagnostic: Diagnostic, doc: TextDocument, edits: TextEdit[]): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: edits } } };
}

export function actionsFor(diagnostic: Diagnostic, ctx: ActionContext): CodeAction[] {
  if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') return [];
  return PROVIDERS.flatMap((p) => p(diagnostic as Diagnostic & { code: string }, ctx));
}

/** `source.fixAll.review-yaml`: every auto fix that can be applied together (never stubs). */
export function fixAll({ doc, analysis }: ActionContext): CodeAction[] {
  if (!analysis || analysis.version !== doc.version) return [];
  const fixes = autoFixes(analysis.result);
  if (!fixes.length) return [];
  const edits = toLsp(doc, fixes.flatMap((f) => f.fix.edits));
  return [{ title: ts(analysis.locale, 'server.fixAll', { n: fixes.length }), kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } }];
}

const wants = (only: string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) for (const d of params.context.diagnostics) for (const a of actionsFor(d, ctx)) out.push(a);
  if (only && wants(only, FIX_ALL_KIND)) for (const a of fixAll(ctx)) out.push(a);
  return out;
}
