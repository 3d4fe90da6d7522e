// Data safety of `lint --fix` and of the editor's fixes: a file is either its old text or its
// new text, never half of one; a writer killed mid-run, a failing write (disk full, read-only
// file system, a rename that fails) and a file whose bytes the tool cannot keep exactly (invalid
// UTF-8, mixed line endings) all leave the old bytes in place, with a message.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import fs, { readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../core/engine';
import { applyEdits, autoFixes, fixAll } from '../../core/fix';
import { parse } from '../../core/parse';
import { writeFileAtomic } from '../../node/atomic';
import { CLI, cli, workspace } from '../support/cli';

/** A review with typos the auto fixes mend (a misspelt type and key), and enough text to take a moment to write. */
function typos(i: number, eol = '\n'): string {
  const filler = Array.from({ length: 40 }, (_, k) => `  - text: Ran workshop ${i}.${k} that produced four qualified leads\n    evidence: Attendance list, 22 Jul\n`).join('');
  return `kind: review\ntype: apraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Wang Fang }\nreviewer: { name: Liu Yang }\nstrenghts:\n${filler}`.replace(/\n/g, eol);
}

const IS_ROOT = process.getuid?.() === 0;
const HAS_UNSHARE = spawnSync('unshare', ['-m', 'true']).status === 0;

describe('data safety: --fix and editor fixes never truncate or corrupt', function () {
  this.timeout(180_000);

  it('a --fix run killed at random moments leaves every file either old or new (and nothing else named *.review.yaml)', async () => {
    const N = 150;
    const files: Record<string, string> = { '.git/': '' };
    for (let i = 0; i < N; i++) files[`r${i}.review.yaml`] = typos(i);
    // The new text of each file: what a complete run writes.
    const done = workspace(files);
    assert.equal(cli(['lint', '--fix', '--jobs', '2'], { cwd: done }).code, 0);
    const after = (i: number) => readFileSync(join(done, `r${i}.review.yaml`), 'utf8');
    assert.notEqual(after(0), files['r0.review.yaml']);

    let mixed = 0;
    for (const [trial, target] of [5, 40, 90, 1, 140].entries()) {
      const dir = workspace(files);
      const child = spawn(process.execPath, [CLI, 'lint', '--fix', '--jobs', '2'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      // Kill it (SIGKILL: no cleanup) once `target` files are rewritten, or when it ends by itself.
      let killed = false;
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          let changed = 0;
          for (let i = 0; i < N && changed < target; i++) if (fs.statSync(join(dir, `r${i}.review.yaml`)).size !== files[`r${i}.review.yaml`]!.length) changed++;
          if (changed >= target || child.exitCode !== null) {
            clearInterval(poll);
            killed = child.kill('SIGKILL');
            resolve();
          }
        }, 2);
      });
      await exited;
      let old = 0;
      let fresh = 0;
      for (let i = 0; i < N; i++) {
        const text = readFileSync(join(dir, `r${i}.review.yaml`), 'utf8');
        if (text === files[`r${i}.review.yaml`]) old++;
        else if (text === after(i)) fresh++;
        else assert.fail(`trial ${trial}: r${i}.review.yaml is neither its old nor its new text (${text.length} characters)`);
      }
      if (killed && old && fresh) mixed++;
      // A temporary file a killed run leaves behind is hidden and never taken for a review.
      for (const f of readdirSync(dir)) if (!/^r\d+\.review\.yaml$/.test(f) && f !== '.git') assert.match(f, /^\.r\d+\.review\.yaml\.review-yaml-\d+-[0-9a-z]+\.tmp$/, f);
      // The next run finishes the job.
      assert.equal(cli(['lint', '--fix'], { cwd: dir }).code, 0);
      for (let i = 0; i < N; i++) assert.equal(readFileSync(join(dir, `r${i}.review.yaml`), 'utf8'), after(i));
    }
    assert.ok(mixed >= 1, 'at least one run was killed between its first and its last write');
  });

  it('a write that fails (the rename, the write itself) leaves the old file and no temporary file', () => {
    const dir = workspace({ 'a.review.yaml': 'old text\n' });
    const file = join(dir, 'a.review.yaml');
    for (const method of ['renameSync', 'writeSync', 'fsyncSync'] as const) {
      const real = fs[method];
      (fs as unknown as Record<string, unknown>)[method] = () => {
        throw Object.assign(new Error(`injected ${method} failure`), { code: 'EIO' });
      };
      try {
        assert.throws(() => writeFileAtomic(file, 'new text\n'), /injected/);
      } finally {
        (fs as unknown as Record<string, unknown>)[method] = real;
      }
      assert.equal(readFileSync(file, 'utf8'), 'old text\n', method);
      assert.deepEqual(readdirSync(dir), ['a.review.yaml'], `${method}: the temporary file is removed`);
    }
    writeFileAtomic(file, 'new text\n');
    assert.equal(readFileSync(file, 'utf8'), 'new text\n');
    // A symbolic link stays a link; the file it points at gets the text.
    symlinkSync('a.review.yaml', join(dir, 'link.review.yaml'));
    writeFileAtomic(join(dir, 'link.review.yaml'), 'via the link\n');
    assert.ok(fs.lstatSync(join(dir, 'link.review.yaml')).isSymbolicLink());
    assert.equal(readFileSync(file, 'utf8'), 'via the link\n');
  });

  it('a full disk and a read-only file system: the old file stays, one clear line, exit 2', function () {
    if (!IS_ROOT || !HAS_UNSHARE) {
      console.log(`    (skipped: needs root and unshare -m to mount a tiny tmpfs; uid ${process.getuid?.()}, unshare ${HAS_UNSHARE ? 'works' : 'fails'})`);
      this.skip();
    }
    const src = typos(0);
    const dir = workspace({ 'src.review.yaml': src });
    // In a private mount namespace: a 64 KB tmpfs filled to the brim, then the same tmpfs read-only.
    const script = `
      set -e
      mount -t tmpfs -o size=64k tmpfs "$D/m"
      cd "$D/m"
      cp "$D/src.review.yaml" "$D/m/a.review.yaml"
      dd if=/dev/zero of="$D/m/filler" bs=1k count=64 2>/dev/null || true
      set +e
      node "$CLI" lint --fix a.review.yaml > /dev/null 2> "$D/full.err"; echo $? > "$D/full.code"
      cp "$D/m/a.review.yaml" "$D/full.after"; ls -a "$D/m" > "$D/full.ls"
      rm "$D/m/filler"
      mount -o remount,ro "$D/m"
      node "$CLI" lint --fix a.review.yaml > /dev/null 2> "$D/ro.err"; echo $? > "$D/ro.code"
      cp "$D/m/a.review.yaml" "$D/ro.after"
    `;
    fs.mkdirSync(join(dir, 'm'));
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], { env: { ...process.env, D: dir, CLI, NO_COLOR: '1' }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    for (const [what, reason] of [['full', /no space is left on the device/], ['ro', /read-only/]] as const) {
      assert.equal(read(`${what}.after`), src, `${what}: the file is unchanged`);
      assert.equal(read(`${what}.code`).trim(), '2', `${what}: exit 2`);
      const err = read(`${what}.err`).trim();
      assert.equal(err.split('\n').length, 1, err);
      assert.match(err, reason);
    }
    assert.doesNotMatch(read('full.ls'), /\.tmp/, 'no temporary file is left on the full disk');
  });

  it('bytes the tool cannot keep (invalid UTF-8, mixed or lone-CR line endings) are left untouched with a message; a BOM and CRLF are kept', () => {
    const dir = workspace({});
    const cases: Record<string, Buffer> = {
      'latin1.review.yaml': Buffer.concat([Buffer.from(typos(1)), Buffer.from('  - text: caf'), Buffer.from([0xe9]), Buffer.from('\n    evidence: x\n')]),
      'mixed.review.yaml': Buffer.from(typos(2).replace('\n', '\r\n')),
      'cr.review.yaml': Buffer.from(typos(3).replace('status: draft\n', 'status: draft # a lone CR:\r.\n')),
      'bom.review.yaml': Buffer.from(`\uFEFF${typos(4)}`),
      'crlf.review.yaml': Buffer.from(typos(5, '\r\n')),
    };
    for (const [name, bytes] of Object.entries(cases)) writeFileSync(join(dir, name), bytes);
    const r = cli(['lint', '--fix', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    for (const name of ['latin1', 'mixed', 'cr']) {
      assert.ok(readFileSync(join(dir, `${name}.review.yaml`)).equals(cases[`${name}.review.yaml`]!), `${name}: untouched`);
      assert.match(r.stderr, new RegExp(`^review-yaml: warning: ${name}\\.review\\.yaml was left untouched, not fixed: .*(UTF-8|line endings)`, 'm'));
    }
    assert.equal(r.stderr.trim().split('\n').length, 3, r.stderr);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string }[] }[]; summary: { fixed: number } };
    assert.ok(out.files.find((f) => f.path === 'mixed.review.yaml')!.findings.some((f) => f.rule === 'schema'), 'an untouched file still reports what a fix would have mended');
    assert.equal(out.summary.fixed, 4, 'two fixes in each of the BOM and CRLF files');
    const bom = readFileSync(join(dir, 'bom.review.yaml'), 'utf8');
    assert.ok(bom.startsWith('\uFEFFkind: review\ntype: appraisal\n'), 'the BOM is kept');
    const crlf = readFileSync(join(dir, 'crlf.review.yaml'), 'utf8');
    assert.match(crlf, /type: appraisal\r\n/);
    assert.ok(!/[^\r]\n/.test(crlf), 'CRLF throughout, the fixed lines too');
  });

  it('editor fixes (each quick fix and fixAll) keep the text outside their edits and leave YAML that parses', () => {
    const docs = [typos(6), typos(7, '\r\n'), `\uFEFF${typos(8)}`, typos(9).replace(/\n$/, ''), typos(10).replace('\n', '\r\n')];
    for (const text of docs) {
      const result = lint(text);
      const all = autoFixes(result);
      assert.ok(all.length >= 2);
      for (const { fix } of all) {
        const out = applyEdits(text, fix.edits);
        const first = Math.min(...fix.edits.map((e) => e.start));
        const last = Math.max(...fix.edits.map((e) => e.end));
        assert.equal(out.slice(0, first), text.slice(0, first), 'the text before the edit is kept');
        assert.equal(out.slice(out.length - (text.length - last)), text.slice(last), 'the text after the edit is kept');
        assert.ok(!parse(out).problems.some((p) => p.severity === 'error'), fix.title);
      }
      const fixed = fixAll(text, {}).text;
      assert.ok(fixed.length >= text.length - 20, 'nothing truncated');
      assert.equal(fixed.startsWith('\uFEFF'), text.startsWith('\uFEFF'));
      assert.ok(!parse(fixed).problems.some((p) => p.severity === 'error'));
    }
  });
});
