// The one writer under every file the CLI writes, driven through the real CLI with real faults:
// a nearly full file system, a save that lands while a fix is being written, a read-only file,
// a file owned by another user, hard links, links out of the repository, a killed run's
// temporary files, an output named like an input. Each case checks the file byte for byte,
// with its metadata.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs, { chmodSync, chownSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hooks, writeFileAtomic } from '../../node/atomic';
import { CLI, ROOT, cli, workspace } from '../support/cli';

/** A review whose auto fixes (a misspelt type and key) change it, `n` strengths long. */
export function fixable(n: number, name = 'Wang Fang'): string {
  const items = Array.from({ length: n }, (_, k) => `  - text: Ran onboarding workshop ${k} for the new support hires\n    evidence: Attendance list, cohort ${k}\n`).join('');
  return `kind: review\ntype: apraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: ${name} }\nreviewer: { name: Liu Yang }\nstrenghts:\n${items}`;
}
const FIXED = (text: string) => text.replace('type: apraisal', 'type: appraisal').replace('strenghts:', 'strengths:');

const IS_ROOT = process.getuid?.() === 0;
const HAS_UNSHARE = spawnSync('unshare', ['-m', 'true']).status === 0;
const meta = (p: string) => {
  const s = statSync(p);
  return { mode: (s.mode & 0o7777).toString(8), uid: s.uid, gid: s.gid, ino: s.ino, nlink: s.nlink };
};

describe('writes: every byte or the old file, and the file stays the same file', function () {
  this.timeout(120_000);

  it('a nearly full disk (8 KiB free for a 24 KB fix): --fix, --update-baseline and --cache keep the old file and say ENOSPC', function () {
    if (!IS_ROOT || !HAS_UNSHARE) {
      console.log(`    (skipped: needs root and unshare -m to mount a 64 KiB tmpfs; uid ${process.getuid?.()}, unshare ${HAS_UNSHARE ? 'works' : 'fails'})`);
      this.skip();
    }
    const src = fixable(240);
    assert.ok(src.length > 20_000 && src.length < 28_000, String(src.length));
    // 300 vague strengths: some 40 KB of baseline and 14 KB of cache.
    const many = `kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Wang Fang }\nreviewer: { name: Liu Yang }\nstrengths:\n${Array.from({ length: 300 }, (_, k) => `  - text: Good job ${k}\n`).join('')}`;
    const dir = workspace({ 'src.review.yaml': src, 'many.review.yaml': many });
    mkdirSync(join(dir, 'm'));
    // In a private mount namespace: a 64 KiB tmpfs holding the review, filled up, then 8 KiB freed.
    const script = `
      set -e
      mount -t tmpfs -o size=64k tmpfs "$D/m"
      mkdir "$D/m/.git" && cd "$D/m"
      cp "$D/src.review.yaml" a.review.yaml
      cp "$D/many.review.yaml" m.review.yaml
      printf '{"version":1,"findings":[]}\n' > base.json
      mkdir c; printf '{}' > c/lint-cache.json
      dd if=/dev/zero of=filler bs=1k count=64 2>/dev/null || true
      truncate -s -8K filler
      df -B1 --output=avail . | tail -1 > "$D/free"
      set +e
      node "$CLI" lint --fix a.review.yaml > /dev/null 2> "$D/fix.err"; echo $? > "$D/fix.code"
      cp a.review.yaml "$D/fix.after"; ls -a > "$D/fix.ls"
      node "$CLI" lint --baseline base.json --update-baseline m.review.yaml > /dev/null 2> "$D/base.err"; echo $? > "$D/base.code"
      cp base.json "$D/base.after"
      node "$CLI" lint --cache-location c m.review.yaml > /dev/null 2> "$D/cache.err"; echo $? > "$D/cache.code"
      cp c/lint-cache.json "$D/cache.after"
      ls -a . c > "$D/final.ls"
    `;
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], { env: { ...process.env, D: dir, CLI, NO_COLOR: '1', LANG: 'C.UTF-8' }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    const free = Number(read('free').trim());
    assert.ok(free > 0 && free <= 12 * 1024, `free space ${free}`);
    assert.equal(read('fix.after'), src, '--fix: the review is its old text, byte for byte');
    assert.equal(read('fix.code').trim(), '2');
    assert.match(read('fix.err'), /no space is left on the device/);
    assert.equal(read('fix.err').trim().split('\n').length, 1, read('fix.err'));
    assert.equal(read('base.after'), '{"version":1,"findings":[]}\n', '--update-baseline: the old baseline stays');
    assert.match(read('base.err'), /no space is left on the device/);
    assert.notEqual(read('base.code').trim(), '0');
    assert.match(read('cache.err'), /no space is left on the device/, 'the cache says why it was not saved');
    assert.equal(read('cache.after'), '{}', 'the old cache stays');
    assert.doesNotMatch(read('final.ls'), /\.tmp/, 'no temporary file is left on the full disk');
  });

  it('a save that lands while the fix is being flushed wins; the fix is not written (deterministic: the save runs inside fsync)', () => {
    const src = fixable(30);
    const dir = workspace({ '.git/': '', 'a.review.yaml': src });
    const r = spawnSync(process.execPath, ['-r', join(ROOT, 'test/support/faults/save-during-fsync.cjs'), CLI, 'lint', '--fix', 'a.review.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', EDITOR_SAVE_APPEND: '# saved by the editor\n' },
    });
    assert.equal(readFileSync(join(dir, 'a.review.yaml'), 'utf8'), `${src}# saved by the editor\n`, 'the editor\'s save is kept, byte for byte');
    assert.match(r.stderr, /a\.review\.yaml was left untouched, not fixed: it changed while it was being fixed/);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'a.review.yaml']);
    // The next run fixes the saved text.
    assert.equal(cli(['lint', '--fix', 'a.review.yaml'], { cwd: dir }).stderr, '');
    assert.equal(readFileSync(join(dir, 'a.review.yaml'), 'utf8'), FIXED(`${src}# saved by the editor\n`));
  });

  it('the check runs after the flush, right before the rename: a change at that point is caught (in-process hook)', () => {
    const dir = workspace({ 'a.txt': 'old\n' });
    const file = join(dir, 'a.txt');
    const before = statSync(file);
    hooks.flushed = (p) => writeFileSync(p, 'saved meanwhile\n');
    try {
      assert.throws(() => writeFileAtomic(file, 'new\n', { expect: { bytes: Buffer.from('old\n'), stat: before } }), (e: { code?: string }) => e.code === 'ECHANGED');
    } finally {
      hooks.flushed = undefined;
    }
    assert.equal(readFileSync(file, 'utf8'), 'saved meanwhile\n');
    assert.deepEqual(readdirSync(dir), ['a.txt']);
  });

  it('a short write(2) is carried on to the last byte', () => {
    const dir = workspace({ 'a.txt': 'old\n' });
    const file = join(dir, 'a.txt');
    const real = fs.writeSync;
    let calls = 0;
    // write(2) may write less than asked: hand the kernel at most 1,000 bytes a call.
    (fs as unknown as Record<string, unknown>).writeSync = (fd: number, buf: Buffer, off: number, len: number) => (calls++, real(fd, buf, off, Math.min(len, 1000)));
    const text = 'x'.repeat(10_500);
    try {
      writeFileAtomic(file, text);
    } finally {
      (fs as unknown as Record<string, unknown>).writeSync = real;
    }
    assert.equal(readFileSync(file, 'utf8'), text);
    assert.equal(calls, 11);
  });

  it('a read-only file is refused with a message; its bytes and mode stay', () => {
    const src = fixable(3);
    const dir = workspace({ '.git/': '', 'a.review.yaml': src });
    const file = join(dir, 'a.review.yaml');
    chmodSync(file, 0o444);
    const m = meta(file);
    const r = cli(['lint', '--fix', 'a.review.yaml'], { cwd: dir });
    assert.match(r.stderr, /a\.review\.yaml was left untouched, not fixed: it is read-only/);
    assert.equal(readFileSync(file, 'utf8'), src);
    assert.deepEqual(meta(file), m);
  });

  it('root fixing a user\'s 0600 file keeps its owner, group and mode', function () {
    if (!IS_ROOT) {
      console.log(`    (skipped: only root can create a file owned by another user; uid ${process.getuid?.()})`);
      this.skip();
    }
    const src = fixable(3);
    const dir = workspace({ '.git/': '', 'a.review.yaml': src });
    const file = join(dir, 'a.review.yaml');
    chownSync(file, 1234, 2345);
    chmodSync(file, 0o600);
    const r = cli(['lint', '--fix', 'a.review.yaml'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(readFileSync(file, 'utf8'), FIXED(src));
    const m = meta(file);
    assert.deepEqual([m.uid, m.gid, m.mode], [1234, 2345, '600']);
  });

  it('a file with two hard links is refused, so the links stay one file', () => {
    const src = fixable(3);
    const dir = workspace({ '.git/': '', 'a.review.yaml': src });
    linkSync(join(dir, 'a.review.yaml'), join(dir, 'b.review.yaml'));
    const r = cli(['lint', '--fix', 'a.review.yaml'], { cwd: dir });
    assert.match(r.stderr, /not fixed: it has several hard links/);
    assert.equal(statSync(join(dir, 'a.review.yaml')).ino, statSync(join(dir, 'b.review.yaml')).ino);
    assert.equal(statSync(join(dir, 'a.review.yaml')).nlink, 2);
    assert.equal(readFileSync(join(dir, 'b.review.yaml'), 'utf8'), src);
  });

  it('a folder --fix follows no link out of the repository and lints a file once however many links reach it', () => {
    const src = fixable(3);
    const top = workspace({ 'repo/.git/': '', 'repo/in.review.yaml': src, 'outside/x.review.yaml': src });
    symlinkSync('../outside', join(top, 'repo/out'));
    symlinkSync('..', join(top, 'repo/loop'));
    symlinkSync('.', join(top, 'repo/self'));
    const r = cli(['lint', '--fix', '--format', 'json', '.'], { cwd: join(top, 'repo') });
    const out = JSON.parse(r.stdout) as { files: { path: string }[] };
    assert.deepEqual(out.files.map((f) => f.path), ['in.review.yaml']);
    assert.equal(readFileSync(join(top, 'outside/x.review.yaml'), 'utf8'), src, 'the file outside is untouched');
    assert.equal(readFileSync(join(top, 'repo/in.review.yaml'), 'utf8'), FIXED(src));
  });

  it('temporary files a killed run left are swept by the next write in their folder; a live run\'s are not', () => {
    const src = fixable(3);
    const dir = workspace({ '.git/': '', 'a.review.yaml': src });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, `.a.review.yaml.review-yaml-${dead}-abc123.tmp`), 'half');
    writeFileSync(join(dir, `.a.review.yaml.review-yaml-${process.pid}-def456.tmp`), 'in use');
    assert.equal(cli(['lint', '--fix', 'a.review.yaml'], { cwd: dir }).stderr, '');
    assert.deepEqual(readdirSync(dir).sort(), ['.a.review.yaml.review-yaml-' + process.pid + '-def456.tmp', '.git', 'a.review.yaml']);
  });

  it('an output path that is one of the inputs is refused (exit 2) and the review is untouched', () => {
    const src = fixable(3);
    const dir = workspace({ '.git/': '', 'a.review.yaml': src });
    symlinkSync('a.review.yaml', join(dir, 'link.yaml'));
    for (const args of [['lint', 'a.review.yaml', '-o', 'a.review.yaml'], ['lint', '.', '--format', 'json', '-o', 'link.yaml'], ['render', 'a.review.yaml', '-o', './a.review.yaml']]) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /is one of the files read/);
      assert.equal(readFileSync(join(dir, 'a.review.yaml'), 'utf8'), src, args.join(' '));
    }
  });

  it('`new -o` writes through the same writer: never over an existing file without --force', () => {
    const dir = workspace({ 'a.review.yaml': 'mine\n' });
    assert.equal(cli(['new', '-o', 'a.review.yaml'], { cwd: dir }).code, 2);
    assert.equal(readFileSync(join(dir, 'a.review.yaml'), 'utf8'), 'mine\n');
    assert.equal(cli(['new', '-o', 'b.review.yaml'], { cwd: dir }).code, 0);
    assert.match(readFileSync(join(dir, 'b.review.yaml'), 'utf8'), /^kind: review/m);
    assert.deepEqual(readdirSync(dir).sort(), ['a.review.yaml', 'b.review.yaml']);
  });
});

describe('writes: SIGKILL at seeded random moments (the CI sample of `npm run test:faults`)', function () {
  this.timeout(300_000);

  it('6 kills of --fix --cache --update-baseline: every review old or new with its mode, baseline and cache whole, temporary files swept', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/fault-run.mjs'), '--kills', '6', '--seed', '7', '--files', '8'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const figures = JSON.parse(r.stdout) as Record<string, number>;
    assert.equal(figures.kills, 6);
    assert.equal(figures.filesChecked, 48);
    assert.equal(figures.bytesLost, 0);
    assert.equal(figures.wrongMode, 0);
    assert.equal(figures.old! + figures.new!, 48);
  });
});
