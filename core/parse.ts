import { Composer, type Document, LineCounter, Parser, isMap, isScalar } from 'yaml';
import { fastParse } from './fastparse';
import { type MessageKey, t } from './i18n';
import { didYouMean } from './suggest';
import type { Comment, DocKind, Range } from './syntax';

export type { Comment } from './syntax';
/** `message` is English; `key` and `detail` give the catalog's sentence in any language. */
export interface SyntaxProblem { message: string; range: Range; severity: 'error' | 'warning'; key?: MessageKey; detail?: string }

export interface ParsedDoc {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Only collected when the text holds a `review-` directive: they are all we read comments for. */
  comments: Comment[];
  problems: SyntaxProblem[];
}

const MAX_ALIAS_COUNT = 100;

export function toRange(lc: LineCounter, start: number, end: number): Range {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
}

/**
 * Parses a text. Nothing is kept: a caller that reads one text several times (the language
 * server, per document version) keeps the ParsedDoc and hands it to `lint({ parsed })`. A
 * ParsedDoc is never modified by its readers, so sharing it is safe.
 */
export function parse(text: string): ParsedDoc {
  const lineCounter = new LineCounter();
  // Line starts from the text itself: the parser does not report the line breaks inside every
  // token (a broken multi-line scalar), and a range must never land past its line's end.
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const withComments = text.includes('review-');
  // Most review files are plain YAML that core/fastparse.ts reads several times faster than yaml
  // does, into the same nodes; anything else goes through yaml's own parser and composer.
  const fast = fastParse(text, withComments);
  if (fast) return { text, doc: fast.doc, lineCounter, comments: fast.comments, problems: [] };
  // The tokens stream into the composer and are dropped as they are composed (as parseDocument
  // does): holding them all would carry every token through the young generation's collections.
  const comments: Comment[] = [];
  const tokens = new Parser().parse(text);
  const stream = withComments ? tap(tokens, (t) => collectComments(t, comments)) : tokens;
  const docs = [...new Composer({ uniqueKeys: true, prettyErrors: false, logLevel: 'error' }).compose(stream, true, text.length)];
  const doc = docs[0]!; // forceDoc: an empty text still yields one document
  const problems: SyntaxProblem[] = [];
  for (const d of docs)
    for (const [list, severity] of [[d.errors, 'error'], [d.warnings, 'warning']] as const)
      for (const [i, e] of list.entries()) {
        // One mistake, one finding: a line indented too far is also "a key on two lines" to the parser.
        if (i > 0 && e.code === 'MULTILINE_IMPLICIT_KEY' && list[i - 1]!.code === 'BLOCK_AS_IMPLICIT_KEY' && list[i - 1]!.pos[0] === e.pos[0]) continue;
        // `yaml` may place an error one past the end of the text: keep every range inside it.
        problems.push({ ...syntaxMessage(e.code, e.message, text, e.pos[0]), range: toRange(lineCounter, Math.min(e.pos[0], text.length), Math.min(e.pos[1], text.length)), severity });
      }
  if (docs.length > 1) {
    const start = docs[1]!.range[0];
    problems.push({
      message: t('en', 'yaml.multiple'),
      key: 'yaml.multiple',
      range: toRange(lineCounter, Math.min(start, text.length), Math.min(start + 3, text.length)),
      severity: 'error',
    });
  }
  return { text, doc, lineCounter, comments, problems };
}

function* tap<T>(items: Iterable<T>, each: (item: T) => void): Generator<T> {
  for (const item of items) {
    each(item);
    yield item;
  }
}

function syntaxMessage(code: string, message: string, text: string, pos: number): { message: string; key: MessageKey; detail: string } {
  const [key, detail]: [MessageKey, string] = /call stack/i.test(message)
    ? ['yaml.nested', '']
    : code === 'DUPLICATE_KEY'
      ? ['yaml.duplicate', message.replace(/\.$/, '')]
      : (plainSyntax(code, message, text, pos) ?? ['yaml.syntax', message]);
  return { message: t('en', key, { detail }), key, detail };
}

/**
 * The parser's error in words a person who has never read the YAML spec can act on, for the
 * mistakes people make by hand: a line indented too far or too little, a colon inside a value,
 * a half-typed key, a tab, an unclosed quote or bracket. Anything else keeps the parser's words.
 */
function plainSyntax(code: string, message: string, text: string, pos: number): [MessageKey, string] | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `key: a: b` – the rest of the line holds another ": "; else the next line is indented too far.
      const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s/.exec(line)?.[1];
      return key !== undefined && /:(\s|$)/.test(text.slice(pos, lineEnd < 0 ? text.length : lineEnd)) ? ['yaml.plain.colonInValue', key] : ['yaml.plain.overIndented', ''];
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return ['yaml.plain.notAKey', ''];
    case 'TAB_AS_INDENT':
      return ['yaml.plain.tab', ''];
    case 'BAD_INDENT':
      if (/sequence items/.test(message)) return ['yaml.plain.sequenceIndent', ''];
      if (/mapping items/.test(message)) return ['yaml.plain.mappingIndent', ''];
      if (/^Flow/.test(message)) return ['yaml.plain.unclosedBracket', ''];
      return undefined;
    case 'MISSING_CHAR':
      if (/quote/.test(message)) return ['yaml.plain.unclosedQuote', ''];
      if (/need to be followed by map values/.test(message)) return ['yaml.plain.notAKey', ''];
      if (/[\]}]/.test(message)) return ['yaml.plain.unclosedBracket', ''];
      return undefined;
    case 'BAD_SCALAR_START': {
      const ch = /character (\S)/.exec(message)?.[1];
      return ch ? ['yaml.plain.reservedStart', ch] : undefined;
    }
    default:
      return undefined;
  }
}

/** Every comment token in yaml's CST (a token, or an array of them). */
export function collectComments(node: unknown, out: Comment[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collectComments(n, out);
  } else if (node && typeof node === 'object') {
    const t = node as { type?: string; offset?: number; source?: string };
    if (t.type === 'comment' && typeof t.offset === 'number') out.push({ offset: t.offset, text: t.source ?? '' });
    else for (const v of Object.values(node)) if (v && typeof v === 'object') collectComments(v, out);
  }
}

/**
 * Top-level keys only our formats use (test/core/kind.test.ts keeps this in step with the
 * schemas). Words other formats also use at the top (`type`, `status`, `name`, `rules`) are left
 * out: they say nothing about whose file it is.
 */
export const OUR_KEYS: ReadonlySet<string> = new Set([
  'period', 'employee', 'reviewer', 'approver', 'meeting', 'materials', 'goals', 'competencies', 'strengths', 'improvements',
  'improvement_plan', 'next_goals', 'support_requests', 'score', 'employee_response', 'follow_up', 'signoffs', 'self_assessment',
  'second_rater', 'approvers', 'development_plan', 'scoring', 'calibration', 'checkpoints', 'consequence', 'outcome',
  'rater_feedback', 'okrs', 'pay_progression', 'attachments',
  'scale', 'agenda', 'policy', 'privacy', 'custom_rules', 'outcomes',
]);

/**
 * Which of our kinds the document claims to be: 'review' | 'template', a string for another
 * (wrong) kind, or null when the file is not ours and is skipped. A file is ours when its `kind`
 * is review or template, or close to one (a typo), or when it has our keys. Not ours: no `kind`
 * at all; several documents, a Kubernetes-style `apiVersion`, or another tool's `kind`, none of
 * them with our keys (`*.review.yaml` is also what review apps and review environments are called).
 */
export function detectKind(parsed: ParsedDoc): DocKind | string | null {
  const contents = parsed.doc.contents;
  if (isMap(contents)) {
    const node = contents.get('kind', true);
    if (node === undefined) return null;
    // A kind that is not a string (`kind: [review]`) is nobody's format: ours, wrongly written.
    if (!isScalar(node)) return '';
    const kind = String(node.value);
    if (kind === 'review' || kind === 'template') return kind;
    if (contents.items.some((p) => isScalar(p.key) && OUR_KEYS.has(String(p.key.value)))) return kind;
    const several = parsed.problems.some((p) => p.key === 'yaml.multiple');
    if (several || contents.has('apiVersion')) return null;
    return didYouMean(kind, ['review', 'template']) ? kind : null;
  }
  // Broken YAML may still be ours: look at the first top-level `kind:` line.
  const m = /^kind:[ \t]*["']?([\w-]+)/m.exec(parsed.text);
  if (!m) return null;
  const kind = m[1]!;
  if (kind === 'review' || kind === 'template') return kind;
  return /^apiVersion:/m.test(parsed.text) || !didYouMean(kind, ['review', 'template']) ? null : kind;
}

/** The document as plain data; aliases beyond a small count are refused ("billion laughs"). */
export function toData(parsed: ParsedDoc): unknown {
  return parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
