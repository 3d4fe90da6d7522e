// Check before read: a review or template that is a FIFO, a device or a link to /proc/kmsg is
// refused without blocking, a link out of the repository is refused before it is opened, and no
// file is read past the size cap, in the CLI and in the language server's file access alike.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_READ_BYTES, readChecked } from '../../node/host';
import { Workspace, pathToUri } from '../../server/workspace';
import { resolveTemplate } from '../../core/template';
import { MINIMAL, cli, workspace } from '../support/cli';

const HAS_KMSG = existsSync('/proc/kmsg');

describe('check before read', function () {
  this.timeout(60_000);

  it('a FIFO named as a review, a link to /proc/kmsg and a template linking there: findings, never a hang', () => {
    const dir = workspace({ '.git/': '', 't/x.review.yaml': '' });
    execFileSync('mkfifo', [join(dir, 'fifo.review.yaml')]);
    if (HAS_KMSG) symlinkSync('/proc/kmsg', join(dir, 'kmsg.review.yaml'));
    symlinkSync(HAS_KMSG ? '/proc/kmsg' : '/dev/zero', join(dir, 't/base.review.yaml'));
    writeFileSync(join(dir, 'uses.review.yaml'), MINIMAL.replace('type: appraisal', 'type: appraisal\ntemplate: t/base.review.yaml'));
    const r = cli(['lint', '--format', 'json', 'fifo.review.yaml', 'uses.review.yaml', ...(HAS_KMSG ? ['kmsg.review.yaml'] : [])], { cwd: dir });
    assert.notEqual(r.code, null, 'the run ended by itself');
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string; message: string }[] }[] }).files;
    assert.match(files.find((f) => f.path === 'fifo.review.yaml')!.findings[0]!.message, /read/i);
    assert.ok(files.find((f) => f.path === 'uses.review.yaml')!.findings.some((f) => f.rule === 'template-not-found' || /template/.test(f.message)));
  });

  it('readChecked: a FIFO and /proc files are not regular; a file past the cap is refused unread', () => {
    const dir = workspace({ 'big.txt': 'x'.repeat(4096) });
    execFileSync('mkfifo', [join(dir, 'p')]);
    assert.deepEqual(readChecked(join(dir, 'p')), { problem: 'notRegular' });
    if (HAS_KMSG) assert.deepEqual(readChecked('/proc/kmsg'), { problem: 'notRegular' });
    assert.deepEqual(readChecked(join(dir, 'big.txt'), 1024), { problem: 'tooLarge' });
    assert.ok(MAX_READ_BYTES >= 16 * 1024 * 1024);
  });

  it('a template that links out of the root is refused before it is opened (a FIFO there would otherwise be opened)', () => {
    const outside = workspace({});
    execFileSync('mkfifo', [join(outside, 'fifo')]);
    const dir = workspace({ '.git/': '' });
    symlinkSync(join(outside, 'fifo'), join(dir, 'tpl.review.yaml'));
    const opened: string[] = [];
    const res = resolveTemplate(`${dir}/a.review.yaml`, 'tpl.review.yaml', {
      root: dir,
      readFile: (p) => (opened.push(p), undefined),
      realPath: (p) => (p === dir ? dir : join(outside, 'fifo')),
    });
    assert.equal(res.ok, false);
    assert.deepEqual(opened, [], 'nothing was opened');
  });

  it('the language server reads through the same check, trusted or not', () => {
    const dir = workspace({ '.git/': '' });
    execFileSync('mkfifo', [join(dir, 'fifo.review.yaml')]);
    for (const trusted of [true, false]) {
      const ws = new Workspace(() => undefined);
      ws.setFolders([pathToUri(dir)], trusted);
      assert.equal(ws.host(`${dir}/a.review.yaml`).readFile(`${dir}/fifo.review.yaml`), undefined);
      assert.equal(ws.readFile(`${dir}/fifo.review.yaml`), undefined);
      if (HAS_KMSG) assert.equal(ws.readFile('/proc/kmsg'), undefined);
    }
  });
});
