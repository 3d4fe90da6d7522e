import { strict as assert } from 'node:assert';
import { serverCatalogs, ts } from '../../server/messages';

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z][\w-]*)\}/g)].map((m) => m[1]).sort();

describe("the server's own messages", () => {
  it('say the same things in Chinese, with the same placeholders', () => {
    const en = serverCatalogs.en;
    const zh = serverCatalogs['zh-CN'];
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
      assert.notEqual(zh[key], en[key], `${key} is not translated`);
    }
  });

  it('fill their placeholders in the asked language', () => {
    assert.equal(ts('en', 'server.fixAll', { n: 3 }), 'Fix all auto-fixable problems (3)');
    assert.equal(ts('zh-CN', 'server.fixAll', { n: 3 }), '修复所有可自动修复的问题（3 个）');
  });
});
