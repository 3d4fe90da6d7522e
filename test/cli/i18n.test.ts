import { strict as assert } from 'node:assert';
import { cliCatalog } from '../../cli/i18n';
import { catalogs } from '../../core/i18n';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{([A-Za-z][\w-]*)\}/g)].map((m) => m[1]))].sort().join();
const CJK = /[\u4e00-\u9fff]/;

describe("the command line's message catalog (cli/i18n)", () => {
  const en = cliCatalog('en');
  const zh = cliCatalog('zh-CN');

  it('en and zh-CN have exactly the same keys and, per key, the same placeholders', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const differ = (Object.keys(en) as (keyof typeof en)[]).filter((k) => placeholders(en[k]) !== placeholders(zh[k]));
    assert.deepEqual(differ, []);
  });

  it('every Chinese message is Chinese', () => {
    const symbolic = new Set(['cli.render.prefix', 'cli.error.prefix']);
    assert.deepEqual((Object.keys(en) as (keyof typeof en)[]).filter((k) => !symbolic.has(k) && !CJK.test(zh[k])), []);
  });

  it('lives outside core: the engine catalog holds no cli.* key', () => {
    assert.deepEqual(Object.keys(catalogs.en).filter((k) => k.startsWith('cli.')), []);
  });
});
