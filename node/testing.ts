/**
 * RuleTester: tests for one rule, written as documents it must pass and documents it must fire on
 * (with the rule, line, column and message id of each finding, and the text after its auto
 * fixes), in the spirit of ESLint's RuleTester. Each case is linted by the real engine with only
 * the rule under test turned on. Under mocha (or any runner with global `describe`/`it`) each
 * case is a test of its own; without one, `run` throws on the first case that fails.
 * Published as `review-yaml/testing`; the built-in rules' own tests run through it.
 */
import { strict as assert } from 'node:assert';
import { type LintOptions, lint } from '../core/engine';
import { fixAll } from '../core/fix';
import type { Locale } from '../core/i18n';
import type { Rule } from '../core/rule';
import { builtinRules, ruleSet } from '../core/ruleset';
import type { FileHost } from '../core/template';
import type { Finding, UserConfig } from '../core/types';

export { defineRule } from '../core/plugin';

/** A document the rule must pass. A bare string is its text. */
export interface ValidCase {
  /** The test's title (default: the document's first lines). */
  name?: string;
  text: string;
  /** Where the document is ('/'-separated, absolute): needed for `template:`. Default /review.review.yaml. */
  filename?: string;
  /** The .reviewrc.yaml in force. */
  config?: UserConfig;
  /** Other files the document may name (templates), by absolute '/'-separated path; or give `host`. */
  files?: Record<string, string>;
  host?: FileHost;
  locale?: Locale;
}

/** One finding the rule must make. Only what is given is compared; `line` and `column` are 1-based. */
export interface ExpectedFinding {
  /** Default: the rule under test. */
  rule?: string;
  line: number;
  column?: number;
  messageId?: string;
  message?: string | RegExp;
}

/** A document the rule must fire on. */
export interface InvalidCase extends ValidCase {
  /** Every finding (compared in order of line, then rule, then column); or just how many. */
  errors: ExpectedFinding[] | number;
  /** The text after every auto fix of the rule; null: the rule fixes nothing here. Not compared when absent. */
  output?: string | null;
}

export interface RuleTesterDefaults {
  /** Rules besides the built-ins the engine knows (a plugin's other rules). */
  rules?: readonly Rule[];
  config?: UserConfig;
  files?: Record<string, string>;
  locale?: Locale;
}

type Suite = (title: string, body: () => void) => void;
const runner = globalThis as { describe?: Suite; it?: Suite };

export class RuleTester {
  /** The test runner's `describe` and `it` (mocha's globals by default; a plain call without them). */
  static describe: Suite = (title, body) => (runner.describe ? runner.describe(title, body) : body());
  static it: Suite = (title, body) => (runner.it ? runner.it(title, body) : body());

  constructor(private readonly defaults: RuleTesterDefaults = {}) {}

  run(rule: Rule | string, cases: { valid?: (ValidCase | string)[]; invalid?: InvalidCase[] }): void {
    const base = ruleSet(builtinRules).plus(this.defaults.rules ?? []);
    const set = typeof rule === 'string' ? base : base.plus([rule]);
    const id = typeof rule === 'string' ? rule : rule.id;
    if (!set.get(id)) throw new Error(`RuleTester: no rule "${id}"`);
    RuleTester.describe(id, () => {
      for (const c of cases.valid ?? []) {
        const valid = typeof c === 'string' ? { text: c } : c;
        RuleTester.it(`valid: ${title(valid)}`, () => {
          const findings = this.lint(valid, set, id).findings;
          assert.deepEqual(findings.map(show), [], `${id} must not fire on:\n${valid.text}`);
        });
      }
      for (const c of cases.invalid ?? [])
        RuleTester.it(`invalid: ${title(c)}`, () => {
          const result = this.lint(c, set, id);
          compare(result.findings, c.errors, id);
          if (c.output !== undefined) {
            const fixed = fixAll(c.text, this.options(c, set, id), 10, result).text;
            assert.equal(fixed, c.output ?? c.text, c.output === null ? `${id} must not fix this document` : `${id}: the text after its fixes`);
          }
        });
    });
  }

  private options(c: ValidCase, set: ReturnType<typeof ruleSet>, id: string): LintOptions {
    const files = { ...this.defaults.files, ...c.files };
    const host: FileHost = c.host ?? { readFile: (path) => files[path] };
    return {
      path: c.filename ?? '/review.review.yaml',
      config: c.config ?? this.defaults.config,
      host,
      locale: c.locale ?? this.defaults.locale,
      rules: set,
      only: [id],
      messageIds: true,
    };
  }

  private lint(c: ValidCase, set: ReturnType<typeof ruleSet>, id: string) {
    return lint(c.text, this.options(c, set, id));
  }
}

function compare(findings: Finding[], expected: ExpectedFinding[] | number, id: string): void {
  if (typeof expected === 'number') {
    assert.equal(findings.length, expected, `expected ${expected} finding(s) of ${id}, got:\n${findings.map(show).join('\n')}`);
    return;
  }
  // Paired in order of line, then rule, then column; only the fields each expectation gives are compared.
  const byPlace = <T>(line: (x: T) => number, rule: (x: T) => string, column: (x: T) => number) => (a: T, b: T) =>
    line(a) - line(b) || rule(a).localeCompare(rule(b)) || column(a) - column(b);
  findings = [...findings].sort(byPlace((f) => f.range.start.line + 1, (f) => f.rule, (f) => f.range.start.character + 1));
  expected = [...expected].sort(byPlace((e) => e.line, (e) => e.rule ?? id, (e) => e.column ?? 0));
  const seen = findings.map((f, i) => {
    const want = expected[i];
    const got: Record<string, unknown> = { rule: f.rule, line: f.range.start.line + 1 };
    if (want?.column !== undefined) got.column = f.range.start.character + 1;
    if (want?.messageId !== undefined) got.messageId = f.messageId;
    if (typeof want?.message === 'string') got.message = f.message;
    if (want?.message instanceof RegExp) got.message = want.message.test(f.message) ? want.message : f.message;
    return got;
  });
  const wanted = expected.map((e) => {
    const out: Record<string, unknown> = { rule: e.rule ?? id, line: e.line };
    if (e.column !== undefined) out.column = e.column;
    if (e.messageId !== undefined) out.messageId = e.messageId;
    if (e.message !== undefined) out.message = e.message;
    return out;
  });
  assert.deepEqual(seen, wanted, `findings of ${id}`);
}

const show = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}${f.messageId ? ` (${f.messageId})` : ''}: ${f.message}`;

function title(c: ValidCase): string {
  return c.name ?? c.text.split('\n').filter((l) => l.trim()).slice(0, 3).join(' ⏎ ').slice(0, 80);
}

/** The shape of a rule a plugin exports (see docs/plugins.md). */
export type { Rule as PluginRule, Report, RuleContext, FixContext } from '../core/rule';
