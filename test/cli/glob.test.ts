// User globs (`ignore:`, --ignore, command-line globs) are matched without backtracking: the
// work grows with pattern × path, never exponentially; and they mean what picomatch meant.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { globMatcher, globStats } from '../../cli/glob';
import { cli, workspace } from '../support/cli';

const steps = (patterns: string[], path: string) => {
  const m = globMatcher(patterns);
  globStats.steps = 0;
  const hit = m(path);
  return { hit, steps: globStats.steps };
};

describe('safe user globs', () => {
  it('*a*a*a*a*a*a*b against a 200-character name: a bounded number of steps, growing linearly with the name', () => {
    const pattern = '*a*a*a*a*a*a*b';
    const short = steps([pattern], 'a'.repeat(200));
    const long = steps([pattern], 'a'.repeat(400));
    assert.equal(short.hit, false);
    // At most (tokens + 1) × (characters + 1) comparisons, twice over: 14 tokens, 200 characters.
    assert.ok(short.steps <= 2 * 15 * 201, `${short.steps} steps`);
    const ratio = long.steps / short.steps;
    assert.ok(ratio > 1.5 && ratio < 2.5, `doubling the name multiplies the work by ${ratio.toFixed(2)}`);
    assert.equal(steps(['**/*a*a*a*a*a*a*b/**'], `${'a'.repeat(60)}/`.repeat(20)).hit, false);
  });

  it('a committed ignore: ["*a*a*a*a*a*a*b"] and the same --ignore finish a run over a 200-character name', () => {
    const long = `${'a'.repeat(188)}.review.yaml`;
    const dir = workspace({ '.git/': '', '.reviewrc.yaml': 'ignore: ["*a*a*a*a*a*a*b"]\n', [long]: 'kind: review\n' });
    const r = cli(['lint', '--format', 'json', '--ignore', '*a*a*a*a*a*a*b', '.'], { cwd: dir });
    assert.equal(JSON.parse(r.stdout).files.length, 1, r.stderr);
    const g = cli(['lint', '--format', 'json', '*a*a*a*a*a*a*b*.yaml'], { cwd: dir });
    assert.equal(g.code, 2, 'a command-line glob that matches nothing still says so');
  });

  it('means what picomatch (dot: true) means on ordinary patterns', () => {
    const seg = fc.constantFrom('a', 'b', '.a', 'ab', 'x.review.yaml', 'node');
    const tok = fc.constantFrom('a', 'b', '*', '?', '.', '[ab]', '[a-b]', '{a,b}', '*.review.yaml', 'x');
    const patSeg = fc.oneof(fc.array(tok, { minLength: 1, maxLength: 3 }).map((t) => t.join('')), fc.constant('**'));
    fc.assert(
      fc.property(fc.array(patSeg, { minLength: 1, maxLength: 4 }), fc.array(seg, { minLength: 1, maxLength: 4 }), (p, s) => {
        const pattern = p.join('/');
        const path = s.join('/');
        assert.equal(globMatcher([pattern])(path), picomatch(pattern, { dot: true })(path), `${pattern} ~ ${path}`);
      }),
      { numRuns: 3000, seed: 16 },
    );
    for (const [pattern, path, want] of [
      ['drafts/**', 'drafts/2026/a.review.yaml', true],
      ['**/old-*.review.yaml', 'x/y/old-2024.review.yaml', true],
      ['*.review.yaml', 'x/a.review.yaml', false],
      ['!keep/**', 'other/a.review.yaml', true],
      ['!keep/**', 'keep/a.review.yaml', false],
      ['a\\*b', 'a*b', true],
      ['a\\*b', 'axb', false],
      ['[!a]*.review.yaml', 'b.review.yaml', true],
      ['[!a]*.review.yaml', 'a.review.yaml', false],
    ] as const)
      assert.equal(globMatcher([pattern])(path), want, `${pattern} ~ ${path}`);
  });

  it('a brace pattern that would expand past 1,024 patterns is refused with a clear line, exit 2', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': 'kind: review\n' });
    const r = cli(['lint', '--ignore', '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^review-yaml: --ignore: the pattern .* expands to more than 1024 patterns/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});
