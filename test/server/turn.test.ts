// The server yields a turn of the event loop between files (review/kinds, the calibration report,
// Lint Workspace) so that edits go first. A browser worker has no setImmediate, and a browser holds
// a timer set from within a timer's callback, five deep or more, for at least 4 ms: there the turns
// must not be timers, or a loop over 500 files sleeps two seconds. Run here as in such a worker,
// with setImmediate taken away and every timer counted.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Documents } from '../../server/documents';
import { kinds } from '../../server/kinds';
import { nextTurn } from '../../server/turn';

const EXAMPLES = resolve(__dirname, '../../examples');

describe('server: a turn of the event loop where there is no setImmediate (a browser worker)', () => {
  const saved = { setImmediate: globalThis.setImmediate, setTimeout: globalThis.setTimeout, setInterval: globalThis.setInterval };
  let timers: string[];

  beforeEach(() => {
    timers = [];
    // Mocha keeps its own references to the timers; only the code under test sees these.
    (globalThis as { setImmediate?: unknown }).setImmediate = undefined;
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      timers.push(`setTimeout(${args[1] ?? 0})`);
      return saved.setTimeout(...args);
    }) as typeof setTimeout;
    globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
      timers.push(`setInterval(${args[1] ?? 0})`);
      return saved.setInterval(...args);
    }) as typeof setInterval;
  });

  afterEach(() => Object.assign(globalThis, saved));

  it('takes no timer, however many turns follow one another', async () => {
    for (let i = 0; i < 50; i++) await nextTurn();
    assert.deepEqual(timers, []);
  });

  it('is a turn, not a microtask: what is queued meanwhile runs first, and waiters resume in order', async () => {
    const order: string[] = [];
    const turns = [nextTurn().then(() => order.push('turn 1')), nextTurn().then(() => order.push('turn 2'))];
    void Promise.resolve().then(() => order.push('microtask'));
    await Promise.all(turns);
    assert.deepEqual(order, ['microtask', 'turn 1', 'turn 2']);
  });

  it('review/kinds over many files, a turn between each: the answer, and no timer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-turn-'));
    try {
      cpSync(join(EXAMPLES, 'templates/annual-2026.review.yaml'), join(dir, 'template.review.yaml'));
      const uris = [`file://${dir}/template.review.yaml`];
      for (let i = 0; i < 30; i++) {
        cpSync(join(EXAMPLES, 'reviews/zhang-2026.review.yaml'), join(dir, `r${i}.review.yaml`));
        uris.push(`file://${dir}/r${i}.review.yaml`);
      }
      const documents = new Documents();
      documents.workspace.setFolders([`file://${dir}`], true);
      const result = await kinds({ uris }, documents);
      assert.deepEqual(result.kinds, ['template', ...uris.slice(1).map(() => 'review')]);
      assert.deepEqual(timers, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
