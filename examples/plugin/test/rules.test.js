// The plugin's own tests, with the RuleTester Review YAML publishes: each case is linted by the
// real engine with only the rule under test on. Run with `npx mocha test/*.test.js`.
'use strict';
const { RuleTester } = require('review-yaml/testing');
const { rules } = require('..');

const [noHype, followUpSoon] = rules;
const tester = new RuleTester();

/** A held coaching review; `extra` is appended as written. */
const review = (extra) => `kind: review
type: coaching
status: held
period: { start: 2026-01-01, end: 2026-06-30 }
employee: { name: Wang Fang }
reviewer: { name: Zhao Lei }
meeting: { at: 2026-07-03T10:15 }
${extra}`;

tester.run(noHype, {
  valid: [
    review('strengths:\n  - text: Restored the payment service in 40 minutes during the May outage\n'),
    // Only strengths and areas to improve are read.
    review('support_requests:\n  - request: A ninja course\n'),
  ],
  invalid: [
    {
      name: 'an English hype word, fixed in place',
      text: review('strengths:\n  - text: A real Rockstar in the May outage # the team said so\n'),
      errors: [{ line: 9, column: 11, messageId: 'hype' }],
      output: review('strengths:\n  - text: A real strong contributor in the May outage # the team said so\n'),
    },
    {
      name: 'a Chinese one, with the message in Chinese',
      text: review('improvements:\n  - text: 自认为是大神，不写文档\n'),
      locale: 'zh-CN',
      errors: [{ line: 9, messageId: 'hype', message: '“大神”是在给人贴标签。请写明做了什么、产生了什么效果；修复会改为“骨干”。' }],
      output: review('improvements:\n  - text: 自认为是骨干，不写文档\n'),
    },
  ],
});

tester.run(followUpSoon, {
  valid: [
    review('follow_up: { on: 2026-09-30 }\n'),
    // Not held yet: the rule waits.
    review('follow_up: { on: 2026-12-30 }\n').replace('status: held', 'status: draft'),
  ],
  invalid: [
    {
      text: review('follow_up: { on: 2026-11-20 }\n'),
      errors: [{ line: 8, column: 18, messageId: 'late', message: /140 days/ }],
      output: null,
    },
  ],
});
