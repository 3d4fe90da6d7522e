// Where a finding about something missing is placed: on the parent key of where it belongs, or
// on the first line of the file for a missing top-level section, never on `kind:`.
import { strict as assert } from 'node:assert';
import { lint } from '../../core/engine';
import { locate } from '../../core/locate';
import { parse } from '../../core/parse';

const RECORD = `# Annual review, Zhang Wei, 2026
# Drafted by Liu Yang after the meeting.

kind: review
type: appraisal
status: held
period: { start: 2026-01-01, end: 2026-12-31 }
employee: { name: Zhang Wei, role: Sales associate }
reviewer: { name: Liu Yang, role: Sales manager }
meeting:
  at: 2026-12-15T14:30
  minutes: 60
`;

const line = (text: string, n: number) => text.split('\n')[n]!;

describe('locate: where a missing section is reported', () => {
  it('a missing key inside a section: the parent key', () => {
    const parsed = parse(RECORD);
    const r = locate(parsed, ['meeting', 'notified_on']);
    assert.equal(r.start.line, 9);
    assert.equal(line(RECORD, 9).slice(r.start.character, r.end.character), 'meeting');
  });

  it('a missing top-level section: the first line of the file, not the kind line', () => {
    const r = locate(parse(RECORD), ['strengths']);
    assert.deepEqual(r, { start: { line: 0, character: 0 }, end: { line: 0, character: line(RECORD, 0).length } });
  });

  it('praise-missing in a record that opens with comments sits on line 1', () => {
    const f = lint(RECORD).findings.find((x) => x.rule === 'praise-missing');
    assert.ok(f);
    assert.equal(f.range.start.line, 0);
  });

  it('an empty first line: an empty range at the very top', () => {
    const r = locate(parse(`\n${RECORD}`), ['strengths']);
    assert.deepEqual(r, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});
