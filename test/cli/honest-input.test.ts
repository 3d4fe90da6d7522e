// Honest input: a file that is not UTF-8 is reported, never skipped in silence; a cache file of
// the wrong shape is discarded with a note, not a crash.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
    // The file's layout: a header, then a line per file with its entry.
    const head = (more: object = {}) => JSON.stringify({ version, format: 2, files: [join(dir, 'a.review.yaml')], strings: ['x'], keys: [], deps: [{}], ...more });
    const cache = (...lines: string[]) => `${lines.join('\n')}\n`;
    cli(['lint', '--cache', 'a.review.yaml'], { cwd: dir });
    const whole = readFileSync(join(cacheDir, 'lint-cache.json'), 'utf8');
    for (const bad of [
      cache(head(), JSON.stringify([1, 'review', 0, -1, null, 'no'])),
      cache(head({ strings: [] }), JSON.stringify(['k', 'review', 0, -1, null, [[5, 6, 7, 0, 0, 0, 0, -1, null]]])),
      cache(head(), JSON.stringify(['k', 'review', 3, -1, null, []])),
      cache(head({ strings: 'nope' }), JSON.stringify(['k', 'review', 0, -1, null, []])),
      cache(head()),
      whole.slice(0, whole.length - 20),
      'not json\n',
    ]) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(join(cacheDir, 'lint-cache.json'), bad);
      const r = cli(['lint', '--cache', '--format', 'json', 'a.review.yaml'], { cwd: dir });
      assert.match(r.stderr, /^review-yaml: note: the cache in .* was not in the expected form/, bad);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.equal(r.stdout, want);
      const again = cli(['lint', '--cache', '--format', 'json', 'a.review.yaml'], { cwd: dir });
      assert.equal(again.stderr, '', 'the rewritten cache is whole');
      assert.equal(again.stdout, want);
    }
  });

  it("a cache of another version or layout (the single JSON document before JSON lines) is replaced without a note", () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL });
    const file = join(dir, 'node_modules/.cache/review-yaml/lint-cache.json');
    const want = cli(['lint', '--format', 'json', 'a.review.yaml'], { cwd: dir }).stdout;
    const { version } = require('../../package.json') as { version: string };
    for (const old of [
      // The earlier layout, with this version: its entry says the file has no finding.
      JSON.stringify({ version, strings: [], entries: { [join(dir, 'a.review.yaml')]: { key: 'k', deps: {}, kind: 'review', findings: [] } } }),
      JSON.stringify({ version: '0.0.1', format: 2, files: [], strings: [], keys: [], deps: [] }),
    ]) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, old);
      const r = cli(['lint', '--cache', '--format', 'json', 'a.review.yaml'], { cwd: dir });
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, want);
      const head = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!) as { version: string; format: number; files: string[] };
      assert.deepEqual([head.version, head.format, head.files], [version, 2, [join(dir, 'a.review.yaml')]], 'the cache was rewritten in the current layout');
    }
  });

});
