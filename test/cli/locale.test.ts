import { strict as assert } from 'node:assert';
import { ROOT, cli } from '../support/cli';
import { goldenRun, project } from './support';

const CJK = /[\u4e00-\u9fff]/;
/** Output without what it quotes from the documents ("…", `…`) and without file paths. */
const ownWords = (s: string) => s.replace(/"[^"]*"/g, '').replace(/`[^`]*`/g, '');

describe('lint in Simplified Chinese', function () {
  this.timeout(60_000);

  it('the examples linted with --locale zh-CN (golden: UPDATE_GOLDEN=1 rewrites it)', () => {
    const r = goldenRun('examples-zh-CN', ['lint', '--locale', 'zh-CN', 'examples'], ROOT);
    assert.equal(r.code, 1);
    assert.match(r.stdout, CJK);
  });

  it('the examples in English have no Chinese in any message', () => {
    const r = cli(['lint', '--format', 'json', 'examples']);
    const report = JSON.parse(r.stdout) as { files: { findings: { message: string }[] }[] };
    const messages = report.files.flatMap((f) => f.findings.map((x) => x.message));
    assert.ok(messages.length > 0);
    assert.deepEqual(messages.filter((m) => CJK.test(ownWords(m))), []);
  });

  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    const zh = cli(['lint', 'examples'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(zh.stdout, /个问题/);
    const messages = cli(['lint', 'examples'], { env: { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' } });
    assert.match(messages.stdout, /个问题/);
    const all = cli(['lint', 'examples'], { env: { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' } });
    assert.match(all.stdout, / problems \(/);
  });

  it('takes locale from the nearest .reviewrc.yaml, and --locale wins over it', () => {
    const dir = project({ '.reviewrc.yaml': 'locale: zh-CN\n' });
    const fromConfig = cli(['lint', '.'], { cwd: dir });
    assert.match(fromConfig.stdout, /个问题/);
    assert.match(fromConfig.stdout, CJK);
    const option = cli(['lint', '--locale', 'en', '.'], { cwd: dir });
    assert.doesNotMatch(ownWords(option.stdout), CJK);
  });

  it('reports an unknown --locale in one line (exit 2)', () => {
    const r = cli(['lint', '--locale', 'fr', 'examples']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'review-yaml: --locale takes en or zh-CN, not "fr".\n');
  });

  it('run errors and the rules table in Chinese', () => {
    const r = cli(['lint', '--locale', 'zh-CN', '--rule', 'praise-mising=off', 'examples']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /是否想写 "praise-missing"/);
    const rules = cli(['rules', '--locale', 'zh-CN']);
    assert.match(rules.stdout, /^规则/);
    assert.match(rules.stdout, /docs\/rules\/zh-CN\/praise-missing\.md/);
  });

  it('help in Chinese, for the tool and each command', () => {
    for (const args of [['--help'], ['lint', '--help'], ['new', '--help'], ['render', '--help']]) {
      const r = cli([...args, '--locale', 'zh-CN']);
      assert.match(r.stdout, /用法：/, args.join(' '));
    }
    assert.match(cli(['--help']).stdout, /^review-yaml [\d.]+: lint performance-review records/);
  });

  it('review-yaml new writes its placeholders and comments in Chinese', () => {
    const r = cli(['new', '--locale', 'zh-CN'], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /员工姓名/);
    assert.match(r.stdout, /一份新的考核评估/);
    assert.match(r.stdout, /kind: review/);
  });
});
