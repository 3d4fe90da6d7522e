import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, cli, workspace } from '../support/cli';

// `review-yaml new --template` on the real form templates of examples/templates: the skeleton
// carries the template's scoring items, checkpoints and outcome, and passes the schema.

const FORMS = ['probation-2026', 'pip-90-day', 'annual-scored-2026', 'okr-check-in'] as const;
const EPOCH = 1780000000; // 2026-05-28
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface TemplateData {
  type: string;
  scoring?: { items?: { id: string; weight?: number }[]; bands?: { grade: string }[] };
  checkpoints?: { id: string; after_days?: number }[];
  outcomes?: string[];
  competencies?: { id: string }[];
}

function folder(): string {
  const files: Record<string, string> = { '.git/': '', 'reviews/': '' };
  for (const name of [...FORMS, 'annual-2026']) files[`templates/${name}.review.yaml`] = readFileSync(join(ROOT, 'examples/templates', `${name}.review.yaml`), 'utf8');
  return workspace(files);
}

function makeNew(dir: string, name: string, epoch = EPOCH, extra: string[] = []): { text: string; review: Record<string, any> } {
  const r = cli(['new', '--template', `templates/${name}.review.yaml`, '-o', `reviews/${name}.review.yaml`, ...extra], { cwd: dir, env: { SOURCE_DATE_EPOCH: String(epoch) } });
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(join(dir, 'reviews', `${name}.review.yaml`), 'utf8');
  return { text, review: parse(text) };
}

function rulesFound(dir: string, file: string, input?: string): string[] {
  const args = input === undefined ? ['lint', '--format', 'json', file] : ['lint', '--format', 'json', '--stdin', '--stdin-filename', file];
  const r = cli(args, { cwd: dir, input });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
}

describe('review-yaml new from a form template', () => {
  for (const name of FORMS) {
    it(`${name}: the skeleton passes the schema and carries the template's scoring items and checkpoints`, () => {
      const dir = folder();
      const template = parse(readFileSync(join(dir, 'templates', `${name}.review.yaml`), 'utf8')) as TemplateData;
      const { review } = makeNew(dir, name);
      assert.equal(review.type, template.type, "the template's interview type");
      const found = rulesFound(dir, `reviews/${name}.review.yaml`);
      for (const broken of ['schema', 'yaml-syntax', 'template-unresolved', 'unknown-reference']) assert.ok(!found.includes(broken), `${broken} in ${found.join(', ')}`);

      const items = template.scoring?.items ?? [];
      if (items.length) {
        assert.deepEqual(
          review.scoring.items.map((i: { id: string; weight?: number; score?: number }) => [i.id, i.weight, i.score]),
          items.map((i) => [i.id, i.weight, undefined]),
          'every item with its weight, the score left to fill',
        );
      } else assert.equal(review.scoring, undefined);

      const checkpoints = template.checkpoints ?? [];
      if (checkpoints.length) {
        assert.deepEqual(
          review.checkpoints.map((c: { id: string; on: string }) => [c.id, c.on]),
          checkpoints.map((c) => [c.id, iso(EPOCH * 1000 + c.after_days! * DAY)]),
          'due dates counted from today',
        );
        assert.equal(review.period.start, iso(EPOCH * 1000));
        assert.equal(review.period.end, review.checkpoints.at(-1).on);
        // Once the meeting is scheduled, no required checkpoint is missing.
        const scheduled = readFileSync(join(dir, 'reviews', `${name}.review.yaml`), 'utf8').replace(/^status: draft$/m, 'status: scheduled');
        assert.ok(!rulesFound(dir, `reviews/${name}.review.yaml`, scheduled).includes('checkpoint-missing'));
      } else assert.equal(review.checkpoints, undefined);

      if (template.type === 'probation' || template.type === 'pip') assert.deepEqual(review.outcome, {}, 'an outcome to fill once decided');
      else assert.equal(review.outcome, undefined);
      if (template.type === 'probation' || template.type === 'appraisal') assert.deepEqual(review.self_assessment, {});
      assert.deepEqual(
        (review.competencies ?? []).map((c: { id: string }) => c.id),
        (template.competencies ?? []).map((c) => c.id),
      );
    });
  }

  it("shows the template's grade bands and each competency's levels beside what to fill", () => {
    const dir = folder();
    const { text } = makeNew(dir, 'annual-scored-2026');
    assert.match(text, /^# Score each item; total and grade follow the template: S ≥ 90, A ≥ 80, B ≥ 70, C ≥ 60, D ≥ 0\.$/m);
    assert.match(text, /- \{ id: results, title: 工作业绩, weight: 60 \} # 工作业绩, 60%: add score and second_score \(of 100\)/);
    assert.match(text, /- id: customer # 客户导向: add rating and comment \(1 不合格, 2 待改进, 3 达到期望, 4 超出期望, 5 卓越\)/);
    assert.match(text, /^development_plan:\n {2}- \{ skill: Skill to grow \}$/m);
    // The development item is a stub the rules point at until it has an activity and a date.
    assert.ok(rulesFound(dir, 'reviews/annual-scored-2026.review.yaml').includes('development-item-incomplete'));
  });

  it('writes the comments in Chinese with --locale zh-CN', () => {
    const dir = folder();
    const { text } = makeNew(dir, 'probation-2026', EPOCH, ['--locale', 'zh-CN']);
    assert.match(text, /# 作出决定后填写：decision 取 confirmed-early, confirmed, extended, ended 之一/);
    assert.match(text, /权重 50%：请填写 score、second_score（满分 100）/);
  });

  it('asks for the consequence of an improvement plan beside its outcome', () => {
    const dir = folder();
    const { text } = makeNew(dir, 'pip-90-day');
    assert.match(text, /^# Before the plan starts, add consequence: what happens when it is met and when it is not\.\n# The decision, once taken: one of completed, extended, not-met;.*\noutcome: \{\}$/m);
  });

  it('counts checkpoint dates from the day the review is made, never from a fixed year', () => {
    const dir = folder();
    const later = EPOCH + 400 * 86_400;
    const { review } = makeNew(dir, 'pip-90-day', later);
    assert.equal(review.period.start, iso(later * 1000));
    assert.deepEqual(
      review.checkpoints.map((c: { on: string }) => c.on),
      [30, 60, 90].map((d) => iso(later * 1000 + d * DAY)),
    );
  });

  it('adds nothing new for a template without scoring, checkpoints, outcomes or levels', () => {
    const dir = folder();
    const { review } = makeNew(dir, 'annual-2026');
    for (const key of ['scoring', 'checkpoints', 'outcome', 'self_assessment', 'development_plan']) assert.equal(review[key], undefined, key);
    assert.deepEqual(review.period, { start: '2026-01-01', end: '2026-12-31' });
  });
});
