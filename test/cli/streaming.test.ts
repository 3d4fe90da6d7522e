// Reports are written while the files are linted, so that a run's memory does not grow with the
// repository: stylish, JSON and GitHub write each file's part as soon as the file is linted;
// JUnit and SARIF, whose first lines depend on every file, keep each file compressed until the end.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../cli/commands/lint';
import { Spool } from '../../cli/formatters/spool';
import { ROOT, cli, workspace } from '../support/cli';

const REVIEW = readFileSync(join(ROOT, 'examples/reviews/zhang-2026-as-held.review.yaml'), 'utf8');
/** Not YAML at all: its finding says which text of the last file was linted. */
const BROKEN = 'kind: review\ntype: [appraisal\n';

/**
 * Lints 40 copies of a review with many findings, then `zz.review.yaml`. When the first text of
 * the report reaches standard output, the last file is replaced by one that is not YAML: the
 * report shows which of the two texts was linted, so whether anything was written before the last
 * file was linted.
 */
async function lastFileAfterFirstWrite(format: string, extra: string[] = []): Promise<{ out: string; code: number; dir: string; broken: boolean }> {
  const files: Record<string, string> = { '.git/': '' };
  for (let i = 0; i < 40; i++) files[`r${String(i).padStart(2, '0')}.review.yaml`] = REVIEW;
  files['zz.review.yaml'] = REVIEW;
  const dir = workspace(files);
  let out = '';
  let replaced = false;
  const stdout = {
    write: (s: string) => {
      if (!replaced) writeFileSync(join(dir, 'zz.review.yaml'), BROKEN);
      replaced = true;
      out += s;
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const stderr = { write: () => true } as unknown as NodeJS.WritableStream;
  const code = await lint(['--jobs', '1', '--format', format, ...extra, '.'], { cwd: dir, stdout, stderr });
  return { out, code, dir, broken: /zz\.review\.yaml\W[^]*yaml-syntax|yaml-syntax[^]*zz\.review\.yaml/.test(out.slice(out.indexOf('zz.review.yaml') - 200)) };
}

describe('cli: reports written while the files are linted', function () {
  this.timeout(120_000);

  for (const format of ['stylish', 'json', 'github'])
    it(`${format}: the first files' findings are written before the last file is read`, async () => {
      const { out, broken } = await lastFileAfterFirstWrite(format);
      assert.ok(out.includes('r00.review.yaml'), 'the first file is in the report');
      assert.ok(broken, `the last file was linted after the report began: ${out.slice(-600)}`);
    });

  for (const format of ['junit', 'sarif'])
    it(`${format}: begins with counts of every file, so nothing is written before the last file is linted`, async () => {
      const { out, broken } = await lastFileAfterFirstWrite(format);
      assert.ok(out.includes('zz.review.yaml'));
      assert.ok(!broken, 'the last file was linted as it was before the report began');
    });

  it('a report to a file replaces it only when whole: while the run goes on, the old report is still there', async () => {
    const files: Record<string, string> = { '.git/': '', 'out.json': 'the previous report\n' };
    for (let i = 0; i < 100; i++) files[`r${String(i).padStart(2, '0')}.review.yaml`] = REVIEW;
    const dir = workspace(files);
    const seen: string[] = [];
    let out = '';
    const stdout = { write: (s: string) => (seen.push(readFileSync(join(dir, 'out.json'), 'utf8')), (out += s), true) } as unknown as NodeJS.WritableStream;
    await lint(['--jobs', '1', '--format', 'json', '--format', 'stylish', '-o', 'out.json', '.'], { cwd: dir, stdout, stderr: stdout });
    // The stylish report is written in several pieces while the files are linted; its last piece
    // follows the JSON's end, when the file has been replaced.
    assert.ok(seen.length >= 3, `${seen.length} writes to standard output`);
    assert.deepEqual(new Set(seen.slice(0, -1)), new Set(['the previous report\n']));
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { files: unknown[] };
    assert.equal(report.files.length, 100);
    assert.ok(out.includes('r99.review.yaml'));
  });

  it('with --fix-dry-run the diffs still come first, then the report of every file', async () => {
    const { out } = await lastFileAfterFirstWrite('stylish', ['--fix-dry-run']);
    assert.ok(out.startsWith('--- a/'), out.slice(0, 200));
    const report = out.indexOf('\nr00.review.yaml\n');
    assert.ok(report > 0 && out.lastIndexOf('+++ b/') < report, 'every diff before the report');
    assert.ok(out.includes('+++ b/zz.review.yaml'), 'the last file was linted before anything was written');
  });

  it('with threads, results that come back out of order are written in the files\' order: what --jobs 1 writes', () => {
    const files: Record<string, string> = { '.git/': '' };
    // Short and long files alternate, so the threads finish their batches out of order.
    for (let i = 0; i < 40; i++) files[`r${String(i).padStart(2, '0')}.review.yaml`] = i % 3 ? REVIEW : `${REVIEW}\n# ${'padding '.repeat(2_000)}\n`;
    const dir = workspace(files);
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const one = cli(['lint', '--format', format, '--jobs', '1'], { cwd: dir });
      const three = cli(['lint', '--format', format, '--jobs', '3'], { cwd: dir });
      assert.ok(one.stdout.includes('r39.review.yaml'), format);
      assert.equal(three.stdout, one.stdout, format);
      assert.equal(three.code, one.code, format);
    }
  });

  it('a spool keeps what JUnit and SARIF need until the end compressed, and gives it back as it was', () => {
    const spool = new Spool<{ path: string; findings: { message: string; line: number }[] }>();
    const items = Array.from({ length: 4000 }, (_, i) => ({
      path: `team-${i % 40}/张伟-${i}.review.yaml`,
      findings: Array.from({ length: 12 }, (_, j) => ({ message: `"lazy" judges the person, not the work (${j}).\nline ${i}`, line: j })),
    }));
    let json = 0;
    for (const item of items) {
      spool.add(item);
      json += JSON.stringify(item).length;
    }
    assert.deepEqual([...spool.items()], items);
    assert.ok(spool.compressedBytes * 8 < json, `${spool.compressedBytes} bytes kept for ${json} characters of JSON`);
  });
});
