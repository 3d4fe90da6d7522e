// `debounceMs: 'auto'` (the default): a keystroke is linted at once unless the document's last lint
// ended less than twice its duration ago, and a typist's versions are published in order, the last
// one always, a stale one never.
import { strict as assert } from 'node:assert';
import { AUTO_DEBOUNCE, autoDelay, debounceDelay } from '../../server/linting';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/settings';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace } from './support/workspace';

describe('server: adaptive debounce', () => {
  it("is the default, and a fixed number of milliseconds still wins where it is set", () => {
    assert.equal(DEFAULT_SETTINGS.debounceMs, 'auto');
    assert.equal(mergeSettings({ debounceMs: 120 }).debounceMs, 120);
    assert.equal(mergeSettings({ debounceMs: 120 }, { debounceMs: 'auto' }).debounceMs, 'auto');
    assert.equal(mergeSettings({ debounceMs: 'soon' }).debounceMs, 'auto');
    assert.equal(mergeSettings({ debounceMs: -3 }).debounceMs, 'auto');
  });

  it('waits twice the last lint, clamped, and exactly the fixed delay when one is set', () => {
    assert.equal(debounceDelay('auto', 2), 4);
    assert.equal(debounceDelay('auto', 0.1), AUTO_DEBOUNCE.minMs);
    assert.equal(debounceDelay('auto', 60), 120);
    assert.equal(debounceDelay('auto', 900), AUTO_DEBOUNCE.maxMs);
    assert.equal(debounceDelay('auto', undefined), 2 * AUTO_DEBOUNCE.unknownMs);
    assert.equal(debounceDelay(0, 900), 0);
    assert.equal(debounceDelay(200, 2), 200);
  });

  it('lints a keystroke at once after a quick lint or none lately (the leading edge), and waits out the pause after a slow one', () => {
    // A 2 ms lint that ended 50 ms ago, or just now: a keystroke now is linted at once, not 4 ms later.
    assert.equal(autoDelay(2, 1000, 1050), 0);
    assert.equal(autoDelay(2, 1000, 1000), 0);
    // A 20 ms lint that ended 50 ms ago: at once too.
    assert.equal(autoDelay(20, 1000, 1050), 0);
    // Not linted yet: at once.
    assert.equal(autoDelay(undefined, undefined, 1050), 0);
    // A 60 ms lint that ended 20 ms ago: the rest of its 120 ms pause.
    assert.equal(autoDelay(60, 1000, 1020), 100);
    // However slow the lint, never more than the clamp.
    assert.equal(autoDelay(900, 1000, 1000), AUTO_DEBOUNCE.maxMs);
  });

  describe('over LSP', () => {
    let ws: ReturnType<typeof copyWorkspace>;
    let s: Session;
    beforeEach(async () => {
      ws = copyWorkspace();
      s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF }) });
    });
    afterEach(() => {
      s.dispose();
      ws.remove();
    });

    it('a typist who waits for each squiggle gets every version; one who does not, the last, in order', async () => {
      const uri = uriOf(ws.file('held.review.yaml'));
      const text = ws.read('held.review.yaml');
      await s.open(uri, text);
      await s.diagnostics(uri, (p) => p.version === 1);
      // Typing forward, one character at a time, each version waited for: all are published.
      let typed = text;
      const waited: number[] = [];
      for (const ch of '# ok') {
        typed += ch;
        const v = await s.change(uri, typed);
        waited.push((await s.diagnostics(uri, (p) => p.version === v)).version!);
      }
      assert.deepEqual(waited, [2, 3, 4, 5]);
      // Typing without waiting: versions come out in order and end with the last.
      let last = 0;
      for (const ch of ' and more') last = await s.change(uri, (typed += ch));
      await s.diagnostics(uri, (p) => p.version === last);
      const versions = s.publishedFor(uri).map((p) => p.version!);
      assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
      assert.equal(versions.at(-1), last);
    });
  });
});
