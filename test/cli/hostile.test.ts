// Hostile input through the command line, as a process: each file gives a finding or one clear
// line on standard error, within a time bound and a heap cap, never a hang or a stack trace.
// (test/core/hostile.test.ts covers the same inputs in the engine itself.)
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, type Run, cli, workspace } from '../support/cli';

/** A heap far below what a runaway parse would need, so that blowing it fails the test. */
const HEAP_MB = 1024;

/** Runs the CLI under the heap cap and a wall-clock bound; no stack trace is ever printed. */
export function bounded(args: string[], cwd: string, ms: number): Run & { ms: number } {
  const t0 = performance.now();
  const r = cli(args, { cwd, env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` } });
  const took = performance.now() - t0;
  assert.ok(took < ms, `review-yaml ${args.join(' ')} took ${took.toFixed(0)} ms (bound ${ms} ms)`);
  assert.notEqual(r.code, null, `killed (signal) or timed out: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `a stack trace:\n${r.stderr}`);
  return { ...r, ms: took };
}

interface JsonFinding { rule: string; message: string; range: { start: { line: number; column: number } } }

/** The findings of one file from `lint --format json` (report written with -o: it may be far over a pipe buffer). */
function lintOne(dir: string, file: string, ms = 20_000): JsonFinding[] {
  const r = bounded(['lint', '--format', 'json', '-o', 'report.json', file], dir, ms);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  assert.equal(r.stderr, '');
  const out = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: { path: string; findings: JsonFinding[] }[] };
  return out.files.find((f) => f.path === file)?.findings ?? [];
}

const HEAD = MINIMAL;

describe('hostile input through the CLI (a process, bounded in time and heap)', function () {
  this.timeout(180_000);

  it('an alias bomb is a yaml-syntax finding that names aliases', () => {
    let bomb = 'kind: review\na0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) bomb += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const dir = workspace({ 'bomb.review.yaml': bomb });
    const f = lintOne(dir, 'bomb.review.yaml');
    assert.equal(f[0]?.rule, 'yaml-syntax');
    assert.match(f[0]!.message, /alias/i);
  });

  it('a 10 MB file is linted (under 90 s and a 1 GB heap)', () => {
    const item = '  - text: Closed the Hangzhou account two weeks ahead of plan\n    evidence: CRM deal record, 14 Sep\n';
    const dir = workspace({ 'big.review.yaml': `${HEAD}${item.repeat(Math.ceil(10_000_000 / item.length))}` });
    const f = lintOne(dir, 'big.review.yaml', 90_000);
    assert.deepEqual(f.map((x) => x.rule), []);
  });

  it('nesting 10,000 deep (flow mappings, flow lists, compact block lists) is a finding, not a crash', () => {
    const dir = workspace({
      'flow-map.review.yaml': `${HEAD}x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
      'flow-seq.review.yaml': `${HEAD}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
      'block-seq.review.yaml': `${HEAD}x:\n  ${'- '.repeat(10_000)}1\n`,
    });
    for (const name of ['flow-map.review.yaml', 'flow-seq.review.yaml']) {
      const f = lintOne(dir, name);
      assert.equal(f[0]?.rule, 'yaml-syntax', name);
      assert.match(f[0]!.message, /nests too deeply/, name);
    }
    // Compact block lists are valid YAML: whatever the verdict, it comes back in time.
    lintOne(dir, 'block-seq.review.yaml');
  });

  it('a 1 MB single line', () => {
    const dir = workspace({ 'line.review.yaml': `${HEAD}  - text: ${'word '.repeat(200_000)}\n    evidence: CRM\n` });
    lintOne(dir, 'line.review.yaml');
    // 660 KB on one line holding 60,000 items: 180,000 findings, each fingerprinted by its line.
    const flow = workspace({ 'flow.review.yaml': `${HEAD}improvements: [${Array(60_000).fill('{ id: a }').join(', ')}]\n` });
    assert.ok(lintOne(flow, 'flow.review.yaml', 50_000).length >= 120_000);
  });

  it('NUL bytes and invalid UTF-8 bytes: linted as text, positions still on their lines', () => {
    const bad = Buffer.concat([
      Buffer.from(`${HEAD}  - text: "a\u0000b"\n    evidence: `),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x00]),
      Buffer.from('\nscore: 3\n'),
    ]);
    const dir = workspace({});
    writeFileSync(join(dir, 'bytes.review.yaml'), bad);
    writeFileSync(join(dir, 'nul.review.yaml'), Buffer.from(`kind: review\u0000\n${'\u0000'.repeat(1000)}\n`));
    for (const name of ['bytes.review.yaml', 'nul.review.yaml']) {
      const f = lintOne(dir, name);
      for (const x of f) assert.ok(x.range.start.line >= 1 && x.range.start.column >= 1, `${name}: ${JSON.stringify(x)}`);
    }
  });

  it('a directory and a FIFO named *.review.yaml: searched or reported unreadable, never a hang', () => {
    const dir = workspace({ 'ok.review.yaml': HEAD, 'folder.review.yaml/inner.review.yaml': HEAD });
    execFileSync('mkfifo', [join(dir, 'pipe.review.yaml')]);
    execFileSync('mkfifo', [join(dir, 'folder.review.yaml', 'deep.review.yaml')]);
    // A folder walk: the directory is searched, the FIFOs are passed over or reported, never opened for reading.
    const all = bounded(['lint', '--format', 'json', '.'], dir, 20_000);
    assert.ok(all.code === 0 || all.code === 1, all.stderr);
    const files = (JSON.parse(all.stdout) as { files: { path: string; findings: JsonFinding[] }[] }).files;
    assert.ok(files.some((f) => f.path === 'folder.review.yaml/inner.review.yaml'));
    for (const f of files.filter((x) => /pipe|deep/.test(x.path))) assert.match(f.findings[0]!.message, /cannot be read/);
    // Named on the command line: the directory is a folder to search.
    const named = bounded(['lint', '--format', 'json', 'folder.review.yaml'], dir, 20_000);
    assert.ok(named.code === 0 || named.code === 1, named.stderr);
    // render: one clear line for both.
    for (const name of ['pipe.review.yaml', 'folder.review.yaml']) {
      const r = bounded(['render', name], dir, 20_000);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /not a regular file/);
    }
  });

  describe('templates that are not what they claim', () => {
    const review = (template: string) => `kind: review\ntemplate: ${template}\n${HEAD.replace('kind: review\n', '')}`;

    it('a template that is itself a review, a cycle of two reviews, and the review itself', () => {
      const dir = workspace({
        '.git/': '',
        'a.review.yaml': review('b.review.yaml'),
        'b.review.yaml': review('a.review.yaml'),
        'self.review.yaml': review('./self.review.yaml'),
      });
      const out = JSON.parse(bounded(['lint', '--format', 'json', '.'], dir, 20_000).stdout) as { files: { path: string; findings: JsonFinding[] }[] };
      const unresolved = (p: string) => out.files.find((f) => f.path === p)!.findings.filter((f) => f.rule === 'template-unresolved');
      assert.match(unresolved('a.review.yaml')[0]!.message, /is not a template/);
      assert.match(unresolved('b.review.yaml')[0]!.message, /is not a template/);
      assert.match(unresolved('self.review.yaml')[0]!.message, /this file itself/);
    });

    it('template: paths escaping the repository through .. or a symbolic link are refused', () => {
      const outer = workspace({
        'outside.review.yaml': 'kind: template\nname: Outside\n',
        'repo/.git/': '',
        'repo/up.review.yaml': review('../outside.review.yaml'),
        'repo/deep.review.yaml': review('sub/../../../../../../../../../../etc/passwd'),
        'repo/abs.review.yaml': review('/etc/passwd'),
        'repo/linked.review.yaml': review('link.review.yaml'),
        'repo/dirlink.review.yaml': review('d/outside.review.yaml'),
        'repo/fifo.review.yaml': review('pipe.yaml'),
        'repo/dir.review.yaml': review('folder.yaml'),
        'repo/folder.yaml/': '',
      });
      const repo = join(outer, 'repo');
      symlinkSync('../outside.review.yaml', join(repo, 'link.review.yaml'));
      symlinkSync('..', join(repo, 'd'));
      execFileSync('mkfifo', [join(repo, 'pipe.yaml')]);
      const r = bounded(['lint', '--format', 'json', 'up.review.yaml', 'deep.review.yaml', 'abs.review.yaml', 'linked.review.yaml', 'dirlink.review.yaml', 'fifo.review.yaml', 'dir.review.yaml'], repo, 20_000);
      const out = JSON.parse(r.stdout) as { files: { path: string; findings: JsonFinding[] }[] };
      const message = (p: string) => out.files.find((f) => f.path === p)!.findings.find((f) => f.rule === 'template-unresolved')?.message ?? '';
      for (const p of ['up.review.yaml', 'deep.review.yaml', 'abs.review.yaml']) assert.match(message(p), /lies outside/, p);
      for (const p of ['linked.review.yaml', 'dirlink.review.yaml']) assert.match(message(p), /links to .* outside/, p);
      for (const p of ['fifo.review.yaml', 'dir.review.yaml']) assert.match(message(p), /cannot be read/, p);
      // Nothing of the outside template leaked into the findings (its name, its scale).
      assert.doesNotMatch(r.stdout, /Outside/);
    });
  });

  it('a .reviewrc.yaml that is not YAML (or not a file) is one clear line, or passed over', () => {
    const cases: [string, string | Buffer][] = [
      ['brackets', 'rules: [\n'],
      ['binary', Buffer.from([0x00, 0xff, 0x3a, 0x0a, 0x7b, 0x5b, 0xc3, 0x28, 0x0a])],
      ['bomb', `a: &a [x, x, x, x, x, x, x, x]\n${Array.from({ length: 10 }, (_, i) => `b${i}: &b${i} [${Array(8).fill(i ? `*b${i - 1}` : '*a').join(', ')}]`).join('\n')}\n`],
      ['a list', '- rules\n- policy\n'],
      ['tabs', 'rules:\n\tpraise-missing: off\n'],
    ];
    for (const [what, body] of cases) {
      const dir = workspace({ '.git/': '', 'ok.review.yaml': HEAD });
      writeFileSync(join(dir, '.reviewrc.yaml'), body);
      const r = bounded(['lint'], dir, 20_000);
      assert.equal(r.code, 2, `${what}: exit ${r.code}\n${r.stdout}${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${what}: ${r.stderr}`);
      assert.match(r.stderr, /\.reviewrc\.yaml/, what);
    }
    // A FIFO or a folder named .reviewrc.yaml is not a config file: the run goes on without it.
    const fifo = workspace({ '.git/': '', 'ok.review.yaml': HEAD });
    execFileSync('mkfifo', [join(fifo, '.reviewrc.yaml')]);
    assert.equal(bounded(['lint'], fifo, 20_000).code, 0);
    const folder = workspace({ '.git/': '', 'ok.review.yaml': HEAD });
    mkdirSync(join(folder, '.reviewrc.yaml'));
    assert.equal(bounded(['lint'], folder, 20_000).code, 0);
  });
});
