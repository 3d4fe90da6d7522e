import { strict as assert } from 'node:assert';
import { lint } from '../../core/engine';
import invisibleCharacters, { invisibleRuns } from '../../core/rules/invisible-characters';
import { RuleTester } from '../../node/testing';

const HEAD = 'kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\n';
const PEOPLE = 'employee: { name: Zhang Wei }\nreviewer: { name: Liu Yang }\n';
const goal = (id: string) => `${HEAD}${PEOPLE}goals:\n  - id: ${id} # the launch goal\n    title: Launch the app\n`;

describe('invisible-characters: where it points, what it says, what its fix writes', () => {
  new RuleTester().run(invisibleCharacters, {
    valid: [
      // Joiners between letters spell Persian and Indic names.
      `${HEAD}employee: { name: "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627" }\nreviewer: { name: "\u0915\u094d\u200d\u0937" }\n`,
      // Free text is not an id or a name: a soft hyphen in prose is the writer's business.
      `${HEAD}${PEOPLE}strengths:\n  - text: "Led the hand\u00adover"\n`,
    ],
    invalid: [
      {
        name: 'a zero-width space in a plain id: the finding is on that character, the fix deletes it and keeps the comment',
        text: goal('q3\u200b-launch'),
        errors: [{ line: 8, column: 11, message: /"q3<U\+200B>-launch" contains characters that cannot be seen \(U\+200B\)/ }],
        output: goal('q3-launch'),
      },
      {
        name: 'an escape in a double-quoted id: the finding is on the escape, the quoting stays',
        text: goal('"mentor\\u200B"'),
        errors: [{ line: 8, column: 16 }],
        output: goal('"mentor"'),
      },
      {
        name: 'a right-to-left override in a name is called a bidirectional control',
        text: `${HEAD}employee: { name: "Zhang \u202eieW\u202c" } # flipped\nreviewer: { name: Liu Yang }\n`,
        errors: [{ line: 5, column: 26, messageId: 'invisible-characters.name.bidi', message: /"Zhang <U\+202E>ieW<U\+202C>" contains bidirectional control characters \(U\+202E, U\+202C\)/ }],
        output: `${HEAD}employee: { name: "Zhang ieW" } # flipped\nreviewer: { name: Liu Yang }\n`,
      },
      {
        name: 'a joiner that joins no letters is flagged in a name',
        text: `${HEAD}employee: { name: "\u200dZhang Wei" }\nreviewer: { name: Liu Yang }\n`,
        errors: [{ line: 5, messageId: 'invisible-characters.name.hidden' }],
        output: `${HEAD}employee: { name: "Zhang Wei" }\nreviewer: { name: Liu Yang }\n`,
      },
      {
        name: 'an id of nothing but invisible characters is reported and not fixed (an empty id is not a fix)',
        text: goal('"\u2060\u200b"'),
        errors: [{ line: 8, column: 10 }],
        output: null,
      },
      {
        name: 'ids of lists under a section (scoring items) and of any list',
        text: `${HEAD}${PEOPLE}scoring:\n  items:\n    - { id: "res\u200bults", title: Results, weight: 100 }\n`,
        errors: [{ line: 9, column: 17 }],
      },
      {
        name: 'in Chinese',
        text: goal('q3\u200b-launch'),
        locale: 'zh-CN',
        errors: [{ line: 8, message: /^id "q3<U\+200B>-launch" 中含有看不见的字符（U\+200B）/ }],
      },
    ],
  });

  it('groups neighbouring characters into one run, and keeps joiners only between letters of a name', () => {
    assert.deepEqual(invisibleRuns('a\u200b\u200bb\u00adc', false), [{ start: 1, end: 3, chars: ['\u200b', '\u200b'] }, { start: 4, end: 5, chars: ['\u00ad'] }]);
    assert.deepEqual(invisibleRuns('a\u200cb', true), []);
    assert.equal(invisibleRuns('a\u200cb', false).length, 1);
    assert.equal(invisibleRuns('a\u200c', true).length, 1);
  });

  it('one finding per value, however many characters it hides', () => {
    const { findings } = lint(goal('a\u200bb\u200bc\u202ed'), { only: ['invisible-characters'] });
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /U\+200B, U\+202E/);
  });
});
