// Code plugins: the example plugin's own tests (through the published RuleTester, as a plugin
// author runs them), the checks a plugin's rules pass before they run, and RuleTester failing
// when a case is wrong.
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { lint } from '../../core/engine';
import { pluginRules } from '../../core/plugin';
import { builtinRules, ruleSet } from '../../core/ruleset';
import { loadPlugins } from '../../node/plugins';
import { RuleTester, defineRule } from '../../node/testing';

const ROOT = resolve(__dirname, '../..');
const PLUGIN = join(ROOT, 'examples/plugin');

// `review-yaml/testing` is this repository's node/testing.ts: the example imports it as its users would.
const resolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const original = resolver._resolveFilename;
resolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'review-yaml/testing' ? join(ROOT, 'node/testing.ts') : original.call(this, request, ...rest);
};
describe('the example plugin (examples/plugin), its own tests', () => {
  require(join(PLUGIN, 'test/rules.test.js'));
});

describe('plugin rules are checked before they run', () => {
  const taken = ruleSet(builtinRules).ids;
  const good = { id: 'acme/x', meta: { description: { en: 'X.' }, defaultSeverity: 'warning', from: 'draft' }, messages: { en: { m: 'M' } }, *check() {} };
  const problem = (rule: unknown) => pluginRules({ rules: [rule] }, 'plugin "p"', taken).problems;

  it('takes a rule with a namespaced id, metadata and a check', () => {
    const { rules, problems } = pluginRules({ rules: [good] }, 'plugin "p"', taken);
    assert.deepEqual(problems, []);
    assert.equal(rules[0]!.meta.fix, 'none');
  });
  it('refuses an id without a namespace, a missing check, bad metadata, a taken id', () => {
    assert.match(problem({ ...good, id: 'mentoring' })[0]!, /"id" must be namespaced like "acme\/mentoring-rated"/);
    assert.match(problem({ ...good, check: undefined })[0]!, /rule "acme\/x": "check" must be a function/);
    assert.match(problem({ ...good, meta: { ...good.meta, defaultSeverity: 'fatal' } })[0]!, /"meta.defaultSeverity" must be one of error, warning, info/);
    assert.match(problem({ ...good, meta: { ...good.meta, description: 'X' } })[0]!, /"meta.description" needs an English text/);
    assert.match(problem({ ...good, meta: { ...good.meta, docs: 'intranet/x' } })[0]!, /"meta.docs" must be an http\(s\) link/);
    assert.match(pluginRules({ rules: [good, good] }, 'plugin "p"', taken).problems[0]!, /already taken/);
    assert.match(pluginRules({ nothing: true }, 'plugin "p"', taken).problems[0]!, /exports no "rules" array/);
  });
  it('says where a plugin could not be found, resolved from the .reviewrc.yaml', () => {
    const { problems, rules } = loadPlugins(join(PLUGIN, '.reviewrc.yaml'), ['./missing.js', './index.js']);
    assert.match(problems[0]!, /plugin "\.\/missing\.js": not found from .*\.reviewrc\.yaml/);
    assert.ok(rules.get('acme/no-hype-words'), 'the plugin that loads still gives its rules');
  });
  it('a plugin rule speaks its own messages, in Chinese too, and its id may be set in rules:', () => {
    const { rules } = loadPlugins(join(PLUGIN, '.reviewrc.yaml'), ['./index.js']);
    const text = 'kind: review\ntype: coaching\nstrengths:\n  - text: 团队里的大神\n';
    const zh = lint(text, { rules, locale: 'zh-CN', config: { rules: { 'acme/no-hype-words': 'error' } }, only: ['acme/no-hype-words'] });
    assert.deepEqual(zh.findings.map((f) => [f.rule, f.severity, f.message]), [['acme/no-hype-words', 'error', '“大神”是在给人贴标签。请写明做了什么、产生了什么效果；修复会改为“骨干”。']]);
  });
});

describe('RuleTester fails a wrong case', () => {
  const rule = defineRule({
    id: 'acme/no-todo',
    meta: { description: { en: 'No TODO in the employee name.' }, defaultSeverity: 'warning', from: 'draft' },
    messages: { en: { todo: 'The name is a TODO.' } },
    *check({ review, t }) {
      if (review.employee?.name === 'TODO') yield { path: ['employee', 'name'], message: t('todo') };
    },
  });
  const text = 'kind: review\ntype: plan\nemployee: { name: TODO }\n';
  /** Runs one RuleTester case outside mocha's tree and returns its failure, if any. */
  function failure(cases: Parameters<RuleTester['run']>[1]): string | undefined {
    const { describe: d, it: i } = RuleTester;
    let error: string | undefined;
    RuleTester.describe = (_t, body) => body();
    RuleTester.it = (_t, body) => {
      try {
        body();
      } catch (e) {
        error ??= (e as Error).message;
      }
    };
    try {
      new RuleTester().run(rule, cases);
    } finally {
      RuleTester.describe = d;
      RuleTester.it = i;
    }
    return error;
  }

  it('passes a right case', () => {
    assert.equal(failure({ invalid: [{ text, errors: [{ line: 3, column: 19, messageId: 'todo' }], output: null }] }), undefined);
  });
  it('on a wrong line, column, message id or count, and a valid case that fires', () => {
    assert.match(failure({ invalid: [{ text, errors: [{ line: 2 }] }] })!, /findings of acme\/no-todo/);
    assert.match(failure({ invalid: [{ text, errors: [{ line: 3, column: 1 }] }] })!, /findings of acme\/no-todo/);
    assert.match(failure({ invalid: [{ text, errors: [{ line: 3, messageId: 'other' }] }] })!, /findings of acme\/no-todo/);
    assert.match(failure({ invalid: [{ text, errors: 2 }] })!, /expected 2 finding/);
    assert.match(failure({ valid: [text] })!, /must not fire/);
  });
});
