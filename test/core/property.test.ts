// Property tests of the engine with fast-check: random YAML, and valid reviews mutated at the
// data level (keys dropped, duplicated, retyped, reordered, renamed to random unicode) and at the
// text level (CRLF, tabs, a BOM, stray characters, lines duplicated, dropped or swapped). For every
// document: lint never throws, every range lies inside the text, two lints agree, and every fix
// (each one alone, and fixAll) leaves a document that still parses.
//
// Bounded and seeded, so CI is reproducible: FC_SEED (default below) and FC_RUNS (the total
// number of cases across the properties, default 10,400) choose the run. A failure prints the
// seed and the counterexample's path; rerun with FC_SEED=<seed> to get it back. A long run:
//   FC_RUNS=1000000 FC_SEED=$RANDOM npx mocha --timeout 0 test/core/property.test.ts
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isSeq, stringify } from 'yaml';
import { type LintOptions, type LintResult, lint } from '../../core/engine';
import { applyEdits, fixAll } from '../../core/fix';
import { parse } from '../../core/parse';
import type { Range } from '../../core/types';
import { FIXTURES, listFixtures } from '../support/fixtures';

const SEED = Number(process.env.FC_SEED ?? 20_260_815);
const TOTAL = Number(process.env.FC_RUNS ?? 10_400);
/** Each property's share of the total. */
const runs = (share: number) => Math.max(1, Math.round(TOTAL * share));
const params = (share: number) => ({ seed: SEED, numRuns: runs(share), endOnFailure: true });

/** Every valid document the repository has: rule fixtures, templates, render and fix fixtures. */
const CORPUS = [
  ...listFixtures(join(FIXTURES, 'rules')),
  ...listFixtures(join(FIXTURES, 'templates')),
  ...listFixtures(join(FIXTURES, 'render')),
  ...listFixtures(join(FIXTURES, 'fix')),
]
  .map((f) => readFileSync(f, 'utf8'))
  .filter((t) => !parse(t).problems.some((p) => p.severity === 'error'));

// ---- checks ---------------------------------------------------------------------------------

function assertInside(text: string, range: Range, what: string): void {
  const lines = text.split('\n');
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line]!.length,
      `${what}: character ${p.character} outside line ${p.line} (length ${lines[p.line]!.length})`);
  }
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: range ends before it starts`);
}

/** What must hold for any text: no throw, ranges inside, the same answer twice, every fix parses. */
function check(text: string, options: LintOptions = {}, fixes = true): LintResult {
  const result = lint(text, options);
  for (const f of result.findings) {
    assertInside(text, f.range, f.rule);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${f.rule}: empty message`);
    for (const r of f.related ?? []) assertInside(text, r.range, `${f.rule} related`);
  }
  const again = lint(text, options);
  assert.deepEqual(summary(again), summary(result), 'two lints of the same text disagree');
  if (fixes) checkFixes(text, result, options);
  return result;
}

const summary = (r: LintResult) => ({ kind: r.kind, findings: r.findings.map(({ rule, severity, message, range, fix }) => ({ rule, severity, message, range, fix })) });

const parsesCleanly = (text: string) => !parse(text).problems.some((p) => p.severity === 'error');

function checkFixes(text: string, result: LintResult, options: LintOptions): void {
  const clean = parsesCleanly(text);
  for (const finding of result.findings) {
    if (!finding.fix) continue;
    for (const fix of result.fixesFor(finding)) {
      for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${fix.rule}: edit [${e.start}, ${e.end}) outside the text`);
      const fixed = applyEdits(text, fix.edits);
      if (clean) assert.ok(parsesCleanly(fixed), `${fix.rule} ("${fix.title}") broke the YAML:\n${fixed}`);
      // The result of a fix is itself a document the engine must survive.
      lint(fixed, options);
    }
  }
  if (result.findings.some((f) => f.fix === 'auto')) {
    const out = fixAll(text, options);
    if (clean) assert.ok(parsesCleanly(out.text), `fixAll broke the YAML:\n${out.text}`);
    const prefix = text.startsWith('\uFEFF');
    assert.equal(out.text.startsWith('\uFEFF'), prefix, 'fixAll added or dropped the BOM');
  }
}

// ---- arbitraries ----------------------------------------------------------------------------

/** Characters that stress a YAML reader and position arithmetic. */
const nasty = fc.constantFrom(
  '\u0000', '\uFEFF', '\r', '\r\n', '\n', '\t', '\u2028', '\u2029', '\u0085', '\u00A0', '\uD800', '\uDFFF', '\uD83D\uDE00',
  'é', 'e\u0301', '中', '𝔘', '\u202E', '\u200B', '\u0007', '\u001B[31m', '\\', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`',
);
const unicodeChar = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, { weight: 2, arbitrary: nasty });
const unicodeText = fc.string({ unit: unicodeChar, maxLength: 12 });

/** Pieces of YAML syntax; random sequences of them are mostly broken YAML of every kind. */
const yamlToken = fc.oneof(
  fc.constantFrom(
    'kind: review\n', 'kind: template\n', 'kind:', 'review', 'template', ': ', ':', '- ', '-', '\n', '\r\n', '  ', '    ', '\t', '{', '}', '[', ']', ',', '? ',
    '&a ', '*a', '&b ', '*b', '!!str ', '!!binary ', '!tag ', '<<: *a\n', '"', "'", '|\n', '>-\n', '# c', '# review-disable praise-missing\n',
    '# review-disable-next-line schema\n', '---\n', '...\n', '%YAML 1.2\n', 'null', '~', 'true', '0x1F', '1e400', '-.inf', '.nan', '2026-02-30',
    '2026-12-15T14:30', 'status: ', 'type: ', 'strengths:', 'improvements:', 'improvement_plan:', 'goals:', 'score: ', 'meeting:', 'template: ',
    'id: x', 'text: ', 'evidence: ', 'weight: ', 'rating: ', 'employee: ', 'name: ', 'final', 'draft', 'held', 'appraisal', '../', '/etc/passwd',
  ),
  unicodeText,
  fc.integer().map(String),
);
const randomYaml = fc.array(yamlToken, { maxLength: 60 }).map((t) => t.join(''));

/** A value of any YAML-representable type (the "retyped" mutation). */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double(),
    unicodeText,
    fc.constantFrom('TODO', 'draft', 'final', 'met', 'exceeded', 'agree', '2026-01-01', '2026-12-15T14:30', 'revenue', 'weekly-reports'),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(unicodeText, fc.constantFrom('id', 'text', 'evidence', 'value', 'rating')), tie('v'), { maxKeys: 3 }),
  ),
})).v;

type Op =
  | { op: 'drop' | 'dup' | 'reorder'; at: number }
  | { op: 'retype'; at: number; value: unknown }
  | { op: 'rename'; at: number; key: string };

const dataOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('drop' as const, 'dup' as const, 'reorder' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), value: anyValue }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), key: unicodeText }),
);

type TextOp =
  | { op: 'crlf' | 'bom' | 'tabs' | 'dupLine' | 'dropLine' | 'swapLines' | 'trailingSpace' | 'noFinalNewline' | 'cr'; at: number }
  | { op: 'insert'; at: number; text: string };

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({
    op: fc.constantFrom('crlf' as const, 'bom' as const, 'tabs' as const, 'dupLine' as const, 'dropLine' as const, 'swapLines' as const,
      'trailingSpace' as const, 'noFinalNewline' as const, 'cr' as const),
    at: fc.nat(),
  }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: unicodeText }),
);

/** Every mapping and sequence of a document, parents before children. */
function containers(node: unknown, out: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (Array.isArray(node)) {
    out.push(node);
    for (const v of node) containers(v, out);
  } else if (node && typeof node === 'object') {
    out.push(node as Record<string, unknown>);
    for (const v of Object.values(node)) containers(v, out);
  }
  return out;
}

function mutateData(data: unknown, ops: Op[]): unknown {
  for (const o of ops) {
    const all = containers(data);
    if (!all.length) break;
    const c = all[o.at % all.length]!;
    const keys = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
    if (!keys.length) continue;
    const k = keys[Math.floor(o.at / all.length) % keys.length]!;
    if (Array.isArray(c)) {
      const i = k as number;
      if (o.op === 'drop') c.splice(i, 1);
      else if (o.op === 'dup') c.splice(i, 0, structuredClone(c[i]));
      else if (o.op === 'reorder') c.push(...c.splice(0, i + 1));
      else if (o.op === 'retype') c[i] = o.value;
      else if (o.op === 'rename') c[i] = { [o.key]: c[i] };
    } else {
      const key = k as string;
      const entries = Object.entries(c);
      if (o.op === 'drop') delete c[key];
      else if (o.op === 'retype') c[key] = o.value;
      else if (o.op === 'dup') c[`${key}${key}`] = structuredClone(c[key]);
      else {
        // Reorder (rotate) or rename: rebuild the mapping in the new order.
        for (const [ek] of entries) delete c[ek];
        const rotated = o.op === 'reorder' ? [...entries.slice(o.at % entries.length), ...entries.slice(0, o.at % entries.length)] : entries;
        const renamed = o.op === 'rename' ? o.key || '""' : key;
        for (const [ek, ev] of rotated) c[ek === key ? renamed : ek] = ev;
      }
    }
  }
  return data;
}

function mutateText(text: string, ops: TextOp[]): string {
  let t = text;
  for (const o of ops) {
    const lines = t.split('\n');
    const li = o.at % Math.max(1, lines.length);
    switch (o.op) {
      case 'crlf': t = t.replace(/\r?\n/g, '\r\n'); break;
      case 'cr': t = `${lines.slice(0, li).join('\n')}\r\n${lines.slice(li).join('\n')}`; break; // mixed line endings
      case 'bom': t = `\uFEFF${t.replace(/^\uFEFF/, '')}`; break;
      case 'tabs': lines[li] = lines[li]!.replace(/^( +)/, (s) => '\t'.repeat(Math.max(1, s.length >> 1))); t = lines.join('\n'); break;
      case 'dupLine': lines.splice(li, 0, lines[li]!); t = lines.join('\n'); break;
      case 'dropLine': lines.splice(li, 1); t = lines.join('\n'); break;
      case 'swapLines': if (li + 1 < lines.length) [lines[li], lines[li + 1]] = [lines[li + 1]!, lines[li]!]; t = lines.join('\n'); break;
      case 'trailingSpace': lines[li] += ' \t '; t = lines.join('\n'); break;
      case 'noFinalNewline': t = t.replace(/\r?\n$/, ''); break;
      case 'insert': { const at = o.at % (t.length + 1); t = t.slice(0, at) + o.text + t.slice(at); break; }
    }
  }
  return t;
}

const base = fc.constantFrom(...CORPUS);

/** A valid document, parsed, mutated as data and written back by `yaml` in a random style. */
const dataMutated = fc
  .tuple(base, fc.array(dataOp, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'))
  .map(([text, ops, flow, indentSeq, quote]) => {
    const doc = parse(text).doc;
    const data = mutateData(doc.toJS({ maxAliasCount: 100 }), ops);
    return stringify(data, { collectionStyle: flow ? 'flow' : 'any', indentSeq, defaultStringType: quote as 'PLAIN', lineWidth: 0 });
  });

/** A valid document with text-level damage (comments and formatting kept). */
const textMutated = fc.tuple(base, fc.array(textOp, { minLength: 1, maxLength: 4 })).map(([text, ops]) => mutateText(text, ops));

// ---- properties -----------------------------------------------------------------------------

describe('properties of the engine (fast-check, seeded)', function () {
  this.timeout(600_000);
  before(() => assert.ok(CORPUS.length > 100, `only ${CORPUS.length} valid documents to mutate`));

  it(`random YAML-ish text (${runs(0.3)} cases): no throw, ranges inside, deterministic`, () => {
    fc.assert(fc.property(randomYaml, fc.boolean(), (text, asReview) => {
      check(asReview ? `kind: review\n${text}` : text);
    }), params(0.3));
  });

  it(`random YAML values under kind: review/template (${runs(0.12)} cases)`, () => {
    const doc = fc.tuple(fc.constantFrom('review', 'template'), fc.dictionary(unicodeText, anyValue, { maxKeys: 6 }), fc.boolean())
      .map(([kind, rest, flow]) => stringify({ kind, ...rest }, { collectionStyle: flow ? 'flow' : 'any' }));
    fc.assert(fc.property(doc, (text) => void check(text)), params(0.12));
  });

  it(`valid reviews with keys dropped, duplicated, retyped, reordered and renamed (${runs(0.22)} cases)`, () => {
    fc.assert(fc.property(dataMutated, (text) => void check(text)), params(0.22));
  });

  it(`valid reviews with CRLF, tabs, a BOM, random unicode and shuffled lines (${runs(0.22)} cases)`, () => {
    fc.assert(fc.property(textMutated, (text) => void check(text)), params(0.22));
  });

  it(`both mutations at once, with a template and config in play (${runs(0.14)} cases)`, () => {
    const host = { root: '/ws', readFile: (p: string) => (p === '/ws/t.review.yaml' ? CORPUS.find((t) => /^kind: template/m.test(t)) : undefined) };
    const config = fc.record({ rules: fc.dictionary(fc.constantFrom('praise-missing', 'schema', 'no-such-rule', 'yaml-syntax'), fc.constantFrom('error', 'warning', 'info', 'off')) });
    fc.assert(fc.property(dataMutated, fc.array(textOp, { maxLength: 3 }), config, fc.boolean(), (text, ops, cfg, withTemplate) => {
      const t = mutateText(withTemplate ? text.replace(/^kind: review$/m, 'kind: review\ntemplate: t.review.yaml') : text, ops);
      check(t, { path: '/ws/r.review.yaml', host, config: cfg as LintOptions['config'] });
    }), params(0.14));
  });

  it('the corpus itself: every fixture passes the same checks', () => {
    for (const text of CORPUS) check(text);
    // The generators do produce what they are meant to: mappings and sequences survive mutation.
    const sample = fc.sample(dataMutated, { seed: SEED, numRuns: 50 }).map((t) => parse(t).doc.contents);
    assert.ok(sample.some((c) => isMap(c)) && sample.some((c) => isMap(c) && c.items.some((p) => isSeq(p.value))));
  });
});
