// core/fastparse.ts against yaml itself. For every text, either the fast path declines (and yaml
// parses it, as before), or yaml parses it without a message and the fast path's document is the
// same: every node's kind, value, type, source, format and range, the document's range, and the
// comments. Texts: every YAML file in the repository, a corpus from the bench generator, and random
// documents written in many styles, then randomly damaged.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { Composer, type Document, Parser, isMap, isPair, isScalar, isSeq } from 'yaml';
import { MIRRORED_YAML_VERSION, fastParse } from '../../core/fastparse';
import { type Comment, collectComments } from '../../core/parse';

const ROOT = resolve(__dirname, '../..');
const RUNS = Number(process.env.FASTPARSE_RUNS ?? 1500);
const REVIEWS = Number(process.env.FASTPARSE_REVIEWS ?? 5000);
const SEED = Number(process.env.FC_SEED ?? 20_261_124);

function dump(n: unknown): unknown {
  if (n === null || n === undefined) return n;
  if (isMap(n) || isSeq(n)) return { kind: isMap(n) ? 'map' : 'seq', range: n.range, flow: !!n.flow, items: n.items.map(dump) };
  if (isPair(n)) return { key: dump(n.key), value: dump(n.value) };
  if (isScalar(n)) {
    const v = n.value;
    return { value: typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v, range: n.range, type: n.type, source: n.source, format: n.format, mfd: n.minFractionDigits };
  }
  return { other: String(n) };
}

/** yaml's answer, read the way core/parse.ts reads it. */
function reference(text: string): { doc: Document.Parsed; clean: boolean; comments: Comment[] } {
  const comments: Comment[] = [];
  const tokens = [...new Parser().parse(text)];
  collectComments(tokens, comments);
  const docs = [...new Composer({ uniqueKeys: true, prettyErrors: false, logLevel: 'error' }).compose(tokens, true, text.length)];
  const clean = docs.length === 1 && !docs[0]!.errors.length && !docs[0]!.warnings.length;
  return { doc: docs[0]!, clean, comments: comments.sort((a, b) => a.offset - b.offset) };
}

/** Checks one text; returns whether the fast path answered. */
function same(text: string): boolean {
  const fast = fastParse(text, true);
  if (!fast) return false;
  const ref = reference(text);
  assert.ok(ref.clean, `fast path accepted a text yaml reports: ${JSON.stringify(text)}\n${ref.doc.errors.concat(ref.doc.warnings).map((e) => e.message).join('\n')}`);
  assert.deepEqual(dump(fast.doc.contents), dump(ref.doc.contents), `nodes differ for ${JSON.stringify(text)}`);
  assert.deepEqual(fast.doc.range, ref.doc.range, `document range differs for ${JSON.stringify(text)}`);
  assert.deepEqual([...fast.comments].sort((a, b) => a.offset - b.offset), ref.comments, `comments differ for ${JSON.stringify(text)}`);
  assert.deepEqual(fast.doc.toJS(), ref.doc.toJS());
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

// ---- random documents ------------------------------------------------------------------------

const word = fc.constantFrom('id', 'title', 'kind', 'rating', 'comment', 'goal_1', 'next-goals', 'a', 'b', 'x.y', 'on', 'n', 'true', 'null', '1', 'Yes');
// Scalars the fast path may read in some place (most of them), and ones it always leaves to yaml
// (rarer, or every document would hold one and be declined, leaving little to compare).
const plainText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'Nina Kowalski', 'held', 'review', '2026-03-14', '2026-12-12T10:30', '3', '-4', '+5', '0.50', '1e3', '.5', '.inf', '-.Inf', '.nan', '0x1F', '0o17', '~',
      'null', 'Null', 'true', 'False', 'TRUE', 'yes', 'no', 'on', 'off', 'Meeting room 3B', 'a: b', 'a:b', 'ends with:', 'x # not', 'x#y', 'C++', '(aside)',
      '$100', '100%', 'é à ü', '你好，世界', '🙂 ok', '-foo', '-', '?', '? q', ':x', "it's", 'say "hi"', '{x}', '[y]', 'a, b', 'a,b', 'x]', 'x}', 'back\\slash',
      '=', '<x>', '/path', '_x', '~x', '12:30', '---', '...', '- x', 'a -b', 'x: ', ' #x',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('@at', '`tick`', '!tag', '&anchor', '*alias', '|', '>', 'tab\there', ' lead', 'trail ', '', ' ', '#', '% pct') },
);
const scalarStyle = fc.constantFrom('plain', 'plain', 'plain', 'double', 'single');
const blockText = fc.array(fc.constantFrom('Line one', 'line two', '', '  indented', '# not a comment', 'x: y', '- item', 'end'), { minLength: 0, maxLength: 5 });

/**
 * A plain scalar over several lines: its lines, each indented by the entry's indentation plus
 * `extra` (0 or less: not more indented than its key, so not the scalar's), sometimes with a
 * blank line, a comment line or trailing spaces between them.
 */
const wrapped = fc.record({
  t: fc.constant('lines' as const),
  // Lines the fast path reads, and (ten times rarer, or few documents would be compared) lines
  // it leaves to yaml.
  parts: fc.array(
    fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom('Shipped the report', 'on time', 'and kept', 'the team informed.', '3 days', 'null', 'true', 'a #b', 'C++', '你好', '(aside)', '"quoted"', 'x#y', 'ends.', '12:30') },
      { weight: 1, arbitrary: fc.constantFrom('x: y', '- item', 'tab\there', '? q', '[y]', '# hash', 'ends with:') },
    ),
    { minLength: 2, maxLength: 4 },
  ),
  extra: fc.array(fc.constantFrom(2, 2, 2, 1, 4, 4, 0, -1), { minLength: 3, maxLength: 3 }),
  gap: fc.constantFrom('', '', '', '', '', '', '\n', '#c', '  '),
});

type Tree = { t: 'map'; entries: [string, Tree][] } | { t: 'seq'; items: Tree[] } | { t: 'scalar'; text: string; style: string } | { t: 'block'; lines: string[]; head: string } | { t: 'empty' } | { t: 'lines'; parts: string[]; extra: number[]; gap: string };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('scalar' as const), text: plainText, style: scalarStyle }),
    fc.record({ t: fc.constant('block' as const), lines: blockText, head: fc.constantFrom('|', '|-', '>', '>-', '|+', '|2') }),
    wrapped,
    fc.constant({ t: 'empty' as const }),
    fc.record({ t: fc.constant('map' as const), entries: fc.array(fc.tuple(word, tie('node')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ t: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
})).node;

interface Style { indent: number; seqIndent: boolean; flowAt: number; comments: number[]; blank: number[]; trailing: number[] }
const style = fc.record({
  indent: fc.constantFrom(1, 2, 2, 4),
  seqIndent: fc.boolean(),
  flowAt: fc.constantFrom(0, 1, 2, 9),
  comments: fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 30 }),
  blank: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }),
  trailing: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }),
});

function scalarText(n: Tree & { t: 'scalar' }): string {
  if (n.style === 'double') return `"${n.text}"`;
  if (n.style === 'single') return `'${n.text.replaceAll("'", "''")}'`;
  return n.text;
}

function flowText(n: Tree): string {
  if (n.t === 'scalar') return scalarText(n);
  if (n.t === 'map') return n.entries.length ? `{ ${n.entries.map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')} }` : '{}';
  if (n.t === 'seq') return `[${n.items.map(flowText).join(', ')}]`;
  if (n.t === 'lines') return n.parts[0]!;
  return '';
}

/** Renders a tree as block YAML, sprinkling comments, blank lines and trailing comments by the style's lists. */
function render(root: Tree, s: Style): string {
  let k = 0;
  const next = (list: number[]) => list[k++ % Math.max(1, list.length)] ?? 0;
  const lines: string[] = [];
  const extras = (indent: number) => {
    const c = next(s.comments);
    const b = next(s.blank);
    for (let i = 0; i < b % 3; i++) lines.push(b > 4 ? ' '.repeat(indent) : '');
    if (c >= 0 && c < 6) lines.push(`${' '.repeat(Math.max(0, indent + c - 2))}# note ${c}`);
  };
  const tail = () => (next(s.trailing) === 1 ? '  # trailing' : next(s.trailing) === 2 ? ' #t' : '');
  const inline = (n: Tree, depth: number): string | null => {
    if (n.t === 'scalar') return scalarText(n) + tail();
    if (n.t === 'empty') return tail().trimStart() ? ` ${tail().trim()}` : '';
    if ((n.t === 'map' || n.t === 'seq') && depth >= s.flowAt) return flowText(n) + tail();
    return null;
  };
  const block = (n: Tree, indent: number, lead: string, depth: number): void => {
    // `lead` is what starts the first line: '' or '- ' prefixes already written into `pending`.
    if (n.t === 'map') {
      n.entries.forEach(([key, v], i) => {
        const pre = i === 0 ? lead : ' '.repeat(indent);
        if (i > 0) extras(indent);
        entry(`${pre}${key}:`, v, indent, depth);
      });
    } else if (n.t === 'seq') {
      n.items.forEach((v, i) => {
        const pre = i === 0 ? lead : ' '.repeat(indent);
        if (i > 0) extras(indent);
        entry(`${pre}-`, v, indent, depth, true);
      });
    }
  };
  const entry = (head: string, v: Tree, indent: number, depth: number, dash = false) => {
    const one = inline(v, depth + 1);
    if (one !== null) {
      lines.push(one === '' || one.startsWith(' ') ? `${head}${one}` : `${head} ${one}`);
      return;
    }
    if (v.t === 'lines') {
      lines.push(`${head} ${v.parts[0]}`);
      v.parts.slice(1).forEach((part, i) => {
        if (i === 0 && v.gap === '\n') lines.push('');
        else if (i === 0 && v.gap === '#c') lines.push(`${' '.repeat(indent + 2)}# between`);
        else if (i === 0 && v.gap === '  ') lines[lines.length - 1] += '  ';
        lines.push(`${' '.repeat(Math.max(0, indent + v.extra[i % v.extra.length]!))}${part}`);
      });
      return;
    }
    if (v.t === 'block') {
      lines.push(`${head} ${v.head}`);
      for (const l of v.lines) lines.push(l === '' ? '' : `${' '.repeat(indent + s.indent)}${l}`);
      return;
    }
    if (dash && (v.t === 'map' || v.t === 'seq')) {
      block(v, indent + 2, `${head} `, depth + 1);
      return;
    }
    lines.push(head + tail());
    const inner = v.t === 'seq' && !s.seqIndent ? indent : indent + s.indent;
    extras(inner);
    block(v, inner, ' '.repeat(inner), depth + 1);
  };
  if (next(s.comments) > 3) lines.push('# head comment', '');
  block(root.t === 'map' || root.t === 'seq' ? root : { t: 'map', entries: [['kind', root]] }, 0, '', 0);
  extras(0);
  return `${lines.join('\n')}${next(s.blank) === 0 ? '' : '\n'}`;
}

/** Windows line ends: every `\n` as `\r\n`. */
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const documents = fc.tuple(tree, style, fc.boolean()).map(([t, s, windows]) => (windows ? crlf(render(t, s)) : render(t, s)));
const damaged = fc.tuple(documents, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\n', '\r\n', '\r', '-', ':', '#', '"', "'", '{', ']', ',', '|', '\t', 'x', ': '), fc.nat({ max: 3 })), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => {
    let t = text;
    for (const [at, insert, del] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + insert + t.slice(i + del);
    }
    return t;
  });

describe('fast YAML path (core/fastparse.ts) against yaml', function () {
  this.timeout(600_000);

  it('gives yaml\'s document for every YAML file in the repository, and answers for most of them', () => {
    const files = yamlFiles(ROOT).filter((f) => !f.includes(`${join('bench', '.corpus')}`));
    let answered = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (same(text)) answered++;
      same(crlf(text)); // and as a Windows checkout would have it
    }
    assert.ok(files.length > 50, `only ${files.length} files found`);
    // The examples and most fixtures are plain YAML; the hostile ones are meant to be declined.
    assert.ok(answered / files.length > 0.6, `answered ${answered} of ${files.length}`);
  });

  it('gives yaml\'s document for a corpus from the bench generator (300 reviews and a 20,000-line one)', async () => {
    const { generate } = await import('../../bench/gen.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-fastparse-'));
    try {
      generate({ files: 300, seed: 11, out: dir });
      const files = yamlFiles(dir);
      assert.ok(files.length > 300);
      let answered = 0;
      for (const f of files) {
        const text = readFileSync(f, 'utf8');
        if (same(text)) answered++;
        assert.equal(same(crlf(text)), same(text), `answered for ${f} with one kind of line end only`);
      }
      assert.ok(answered / files.length > 0.9, `answered ${answered} of ${files.length}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('mirrors the installed version of yaml: a new version fails here until the mirror is re-checked', () => {
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/yaml/package.json'), 'utf8')).version;
    assert.equal(installed, MIRRORED_YAML_VERSION, `yaml ${installed} is installed; core/fastparse.ts mirrors ${MIRRORED_YAML_VERSION}: compare yaml's parser and composer rules with the mirror, then update MIRRORED_YAML_VERSION`);
    const pinned = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies.yaml;
    assert.equal(pinned, MIRRORED_YAML_VERSION, 'package.json pins the exact version the fast path mirrors');
  });

  it(`gives yaml's document for ${REVIEWS} generated reviews (seeded, English and Chinese, valid and faulty)`, async () => {
    const { review, rng } = await import('../../bench/gen.mjs');
    const r = rng(SEED);
    let answered = 0;
    for (let i = 0; i < REVIEWS; i++) {
      const text = review(r, {
        target: r.chance(0.02) ? r.int(600, 1000) : r.int(20, 200),
        lang: r.chance(0.35) ? 'zh' : 'en',
        faulty: r.chance(0.55),
        template: r.chance(0.8) ? '../templates/annual.review.yaml' : undefined,
        syntaxError: r.chance(0.01),
      });
      if (same(r.chance(0.1) ? crlf(text) : text)) answered++;
    }
    assert.ok(answered / REVIEWS > 0.9, `answered ${answered} of ${REVIEWS}`);
  });

  it('gives yaml\'s document for random documents in many styles', () => {
    let answered = 0;
    let total = 0;
    fc.assert(
      fc.property(documents, (text) => {
        total++;
        if (same(text)) answered++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator also writes what the fast path declines (tabs, `|+`, odd scalars): it must
    // still answer often enough for the comparison to mean something.
    assert.ok(answered / total > 0.25, `answered ${answered} of ${total}`);
  });

  it('declines or agrees on damaged documents', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        same(text);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('reads plain scalars over several lines as yaml does', () => {
    for (const text of ['a: one\n  two\n', 'a: one\n  two\n    three\nb: 1\n', '- one\n  two\n- 3\n', 'a:\n  - x y\n    z\n  - w\n', 'k:\n  a: 1\n    2\n  b: true\n   false\n', 'a: one\r\n  two\r\n', 'a: one\n  two # note\nb: 2\n', '- k: v\n    more\n'])
      assert.equal(same(text), true, JSON.stringify(text));
    // Lines yaml may read otherwise: the fast path declines them or agrees.
    for (const text of ['a: one\n  \ttwo\n', 'a: one\n  two\t\n', 'a: one\n  - two\n', 'a: one\n  [two]\n', 'a: one\n  # c\n  two\n', 'a: one\n  two # c\n  three\n', 'a: one\n  two\n\n  three\n', 'a: one \n  two\n', 'a: one\n  two:\n', '- a\n - b\n'])
      same(text);
  });

  it('declines what it does not read: tabs, anchors, tags, markers, multi-line quoted scalars', () => {
    for (const text of ['a:\tb\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '---\na: 1\n', 'a: 1\n...\n', 'a: one\n\n  two\n', 'a: one\n  two: x\n', 'a: "x\n  y"\n', 'a: 1\na: 2\n', 'a: "\\n"\n', 'a: x\rb\n', 'a: 1\r', '\ufeffa: 1\n', '- - x\n', 'a: |+\n  x\n', '# only a comment\n', '', 'plain\n', `${'k'.repeat(1100)}: 1\n`])
      assert.equal(fastParse(text, true), undefined, JSON.stringify(text));
  });
});
