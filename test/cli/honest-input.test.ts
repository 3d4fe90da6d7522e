// Honest input: a file that is not UTF-8 is reported, never skipped in silence; a cache file of
// the wrong shape is discarded with a note, not a crash.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, cli, workspace } from '../support/cli';

type Out = { files: { path: string; findings: { rule: string; severity: string; message: string; range: { start: { line: number } } }[] }[]; skipped: string[] };

describe('honest input', function () {
  this.timeout(60_000);

  it('a UTF-16 review (with or without a byte-order mark) is an error finding and exit 1, not a skip', () => {
    const dir = workspace({ '.git/': '' });
    writeFileSync(join(dir, 'bom.review.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, 'utf16le')]));
    writeFileSync(join(dir, 'be.review.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(MINIMAL, 'utf16le').swap16()]));
    writeFileSync(join(dir, 'nobom.review.yaml'), Buffer.from(MINIMAL, 'utf16le'));
    const r = cli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.skipped, []);
    for (const name of ['bom', 'be', 'nobom']) {
      const f = out.files.find((x) => x.path === `${name}.review.yaml`)!;
      assert.equal(f.findings.length, 1, name);
      assert.equal(f.findings[0]!.severity, 'error');
      assert.match(f.findings[0]!.message, /UTF-16/);
    }
  });

  it('a Latin-1 byte is reported at its line, and the rest of the review is still linted', () => {
    const dir = workspace({ '.git/': '' });
    writeFileSync(join(dir, 'a.review.yaml'), Buffer.concat([Buffer.from(MINIMAL.replace('Zhang Wei', 'Ren')), Buffer.from('materials: [caf'), Buffer.from([0xe9]), Buffer.from(']\n')]));
    const out = JSON.parse(cli(['lint', '--format', 'json', 'a.review.yaml'], { cwd: dir }).stdout) as Out;
    const enc = out.files[0]!.findings.find((f) => /not UTF-8/.test(f.message))!;
    assert.equal(enc.range.start.line, MINIMAL.split('\n').length, 'the JSON output counts lines from 1');
  });

  it('a cache file of the wrong shape is discarded with one note, the run is right, and the cache rewritten', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL });
    const cacheDir = join(dir, 'node_modules/.cache/review-yaml');
    const want = cli(['lint', '--format', 'json', 'a.review.yaml'], { cwd: dir }).stdout;
    const { version } = require('../../package.json') as { version: string };
    for (const bad of [
      JSON.stringify({ version, strings: ['x'], entries: { [join(dir, 'a.review.yaml')]: { key: 1, findings: 'no' } } }),
      JSON.stringify({ version, strings: [], entries: { [join(dir, 'a.review.yaml')]: { key: 'k', deps: {}, kind: 'review', findings: [[5, 6, 7, 0, 0, 0, 0, -1, null]] } } }),
      JSON.stringify({ version, strings: 'nope', entries: [] }),
    ]) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(join(cacheDir, 'lint-cache.json'), bad);
      const r = cli(['lint', '--cache', '--format', 'json', 'a.review.yaml'], { cwd: dir });
      assert.match(r.stderr, /^review-yaml: note: the cache in .* was discarded/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.equal(r.stdout, want);
      const again = cli(['lint', '--cache', '--format', 'json', 'a.review.yaml'], { cwd: dir });
      assert.equal(again.stderr, '', 'the rewritten cache is whole');
      assert.equal(again.stdout, want);
    }
  });
});
