// Years before 100 are dates like any other: Date.UTC reads years 0–99 as 1900–1999, which put
// 0099-12-31 after 0100-01-01 (a false date-order error) and rejected 0000-02-29 (a leap day).
import { strict as assert } from 'node:assert';
import { addDays, compareDates, daysBetween, parseDate } from '../../core/dates';
import { lint } from '../../core/engine';

describe('years before 100', () => {
  it('compare, count and add across the year 99 to 100 as across any other new year', () => {
    const a = parseDate('0099-12-31')!;
    const b = parseDate('0100-01-01')!;
    assert.ok(compareDates(a, b) < 0);
    assert.equal(daysBetween(a, b), 1);
    assert.equal(addDays(a, 1).text, '0100-01-01');
    assert.equal(addDays(parseDate('0026-01-20')!, -3).text, '0026-01-17');
    assert.ok(parseDate('0000-02-29'), 'the year 0 is a leap year in the proleptic Gregorian calendar');
    assert.equal(parseDate('0100-02-29'), undefined, '100 is not');
  });

  it('a period from 0099-06-01 to 0100-05-31 is in order', () => {
    const text = `kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 0099-06-01, end: 0100-05-31 }\nemployee: { name: Wang Fang }\nreviewer: { name: Liu Yang }\n`;
    const rules = lint(text).findings.map((f) => f.rule);
    assert.ok(!rules.includes('date-order'), rules.join(', '));
    const reversed = lint(text.replace('start: 0099-06-01, end: 0100-05-31', 'start: 0100-05-31, end: 0099-06-01')).findings.map((f) => f.rule);
    assert.ok(reversed.includes('date-order'), reversed.join(', '));
  });
});
