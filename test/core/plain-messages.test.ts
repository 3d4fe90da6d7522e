import { strict as assert } from 'node:assert';
import { lint } from '../../core/engine';
import type { Locale } from '../../core/i18n';

/** The messages a person meets first: a YAML mistake made by hand, and a value left empty. */
const findings = (text: string, rule: string, locale: Locale = 'en') =>
  lint(text, { locale })
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.range.start.line + 1}: ${f.message}`);

describe('YAML syntax errors in plain words, with the likely fix', () => {
  const cases: [string, string, RegExp][] = [
    ['a line indented too far', 'kind: review\nmeeting:\n  setting: private-room\n   minutes: 45\n', /^3: The next line is indented further than this one.*Line it up with the keys beside it/],
    ['a colon inside a value', 'kind: review\nemployee: { name: x }\nreviewer: Liu: manager\n', /^3: The value of "reviewer" contains a colon and a space.*Put the whole value in quotes: reviewer: "…"/],
    ['a half-typed key', 'kind: review\nstrengths:\n  - text: Closed the Q3 audit early\nimpro\n', /^4: This line is not a "key: value" pair/],
    ['a tab', 'kind: review\nmeeting:\n\tsetting: private-room\n', /^3: This line is indented with a tab; YAML allows only spaces/],
    ['an unclosed quote', 'kind: review\nemployee:\n  name: "Zhang\n', /A quoted value is not closed/],
    ['a list item out of line', 'kind: review\ngoals:\n  - id: a\n    title: b\n   - id: c\n', /^5: This list item is not lined up/],
    ['a value starting with @', 'kind: review\nreviewer: { name: @liu }\n', /A value cannot start with @ unless it is quoted/],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => {
      const messages = findings(text, 'yaml-syntax');
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0]!, expected);
      assert.doesNotMatch(messages[0]!, /compact mappings|Implicit keys|Implicit map keys/);
    });

  it('speaks Chinese too', () => {
    const [message] = findings('kind: review\nmeeting:\n  setting: private-room\n   minutes: 45\n', 'yaml-syntax', 'zh-CN');
    assert.match(message!, /下一行比这一行缩进得更多/);
  });
});

describe('a value left empty', () => {
  it('names the key and the values to choose from', () => {
    const messages = findings('kind: review\nmeeting:\n  setting:\n  minutes:\n', 'schema');
    assert.ok(messages.includes('3: meeting.setting is empty; choose one of: private-room, video-call, open-office, other.'), messages.join('\n'));
    assert.ok(messages.includes('4: meeting.minutes is empty; write a number here, or remove the key.'), messages.join('\n'));
    assert.ok(!messages.some((m) => /null/.test(m)));
  });
});

describe('a half-typed key while typing', () => {
  const REVIEW = `kind: review
type: appraisal
status: draft
period: { start: 2026-01-01, end: 2026-12-31 }
employee: { name: Zhang Wei }
reviewer: { name: Liu Yang }
strengths:
  - text: Good job
improvements:
  - id: reports
    text: Weekly reports were late 5 times in March
    evidence: Team tracker, March
`;
  it('keeps the other findings, with the syntax error beside them, and offers no fix until it parses', () => {
    const whole = lint(REVIEW);
    const typing = lint(REVIEW.replace('improvements:\n', 'impro\nimprovements:\n'));
    const rules = (r: typeof whole) => r.findings.map((f) => f.rule);
    assert.ok(!rules(whole).includes('yaml-syntax'));
    assert.ok(rules(typing).includes('yaml-syntax'), rules(typing).join());
    for (const rule of ['vague-feedback', 'feedback-without-evidence']) assert.ok(rules(typing).includes(rule), `${rule} is gone: ${rules(typing).join()}`);
    assert.ok(whole.findings.some((f) => f.fix), 'the whole file offers fixes');
    assert.deepEqual(typing.findings.filter((f) => f.fix), []);
  });
});
