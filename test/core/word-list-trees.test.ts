// The word lists read together share one prefix tree (core/rules/text/match.ts fieldTerms). A
// list joins it the first time a rule asks for it; the tree is planted again only when a field is
// next read with it, not at every join: in a process's first lint the lists join one by one while
// most fields have already been read. Counted in trees planted (a step count, not a time), with
// lists of this test's own, which no other test has joined.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Term } from '../../core/rules/lexicon/types';
import { type FieldHits, fieldTerms, sharedStats } from '../../core/rules/text/match';
import { plant, plantable } from '../../core/rules/text/trie';

const ROOT = resolve(__dirname, '../..');

const list = (...terms: string[]): Term[] => terms.map((term) => ({ term, lang: 'en', why: 'test' }));
const field = (text: string): { text: string; found?: FieldHits } => ({ text });

describe('core: the shared word-list tree', () => {
  it('is planted when a field is read with a list that joined, not at each join', () => {
    const [a, b, c] = [list('quokka', 'wombat*'), list('numbat'), list('bilby', 'dunnart')];
    const read = [field('a quokka met a numbat'), field('wombats and a bilby'), field('a dunnart')];
    const before = sharedStats.planted;
    for (const f of read) fieldTerms(f, a);
    assert.equal(sharedStats.planted - before, 1, 'list a joined: one tree for the first field, the others read with it');
    // The fields were read: b and c join, and each field is searched for them on its own.
    assert.deepEqual(
      read.map((f) => fieldTerms(f, b).map((h) => h.matched)),
      [['numbat'], [], []],
    );
    assert.deepEqual(
      read.map((f) => fieldTerms(f, c).map((h) => h.matched)),
      [[], ['bilby'], ['dunnart']],
    );
    assert.equal(sharedStats.planted - before, 1, 'b and c joined without a field to read: no tree planted');
    // A new field is read with every list joined so far, from one tree planted for it.
    const late = field('quokkas? no: a wombat, a numbat, a bilby');
    assert.deepEqual(fieldTerms(late, c).map((h) => h.matched), ['bilby']);
    assert.deepEqual(fieldTerms(late, a).map((h) => h.matched), ['wombat']);
    assert.deepEqual(fieldTerms(late, b).map((h) => h.matched), ['numbat']);
    assert.equal(sharedStats.planted - before, 2);
  });

  it("is planted once in a process's first lint: the rules name their lists before any field is read", () => {
    // A fresh process (this one has joined lists already), linting a review that every word-list
    // rule reads, in feedback and in prose fields; then another review, whose fields are new too.
    const review = readFileSync(resolve(ROOT, 'examples/reviews/zhang-2026-as-held.review.yaml'), 'utf8');
    const script = `
      const { lint } = require('./core/engine');
      const { sharedStats } = require('./core/rules/text/match');
      const first = lint(process.env.REVIEW, { path: 'a.review.yaml' });
      const once = sharedStats.planted;
      lint(process.env.REVIEW.replace(/\\bteam\\b/g, 'group'), { path: 'b.review.yaml' });
      console.log(JSON.stringify({ once, again: sharedStats.planted - once, findings: first.findings.length }));`;
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REVIEW: review } });
    assert.equal(run.status, 0, run.stderr);
    const { once, again, findings } = JSON.parse(run.stdout) as { once: number; again: number; findings: number };
    assert.ok(findings > 0, 'the review has findings');
    assert.equal(once, 1, 'one tree for every list the rules read by field');
    assert.equal(again, 0, 'no list joined later');
  });

  it('knows without planting whether a list can be planted', () => {
    for (const terms of [list('quokka'), list('Éclair'), list(''), [{ term: '态度差', lang: 'zh', why: 'test' } as Term], list('𝒜bc'), list('a-b'), list('x*')])
      assert.equal(plantable(terms), plant(terms.entries()) !== undefined, terms[0]!.term);
  });
});
