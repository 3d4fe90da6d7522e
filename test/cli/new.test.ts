import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { golden, goldenRun, project } from './support';

const EPOCH = { SOURCE_DATE_EPOCH: '1780000000' }; // 2026-05-28

describe('review-yaml new (golden)', () => {
  it('writes a skeleton from the template: type, competencies, materials and agenda; it passes the schema', () => {
    const dir = project();
    const r = goldenRun('new-from-template', ['new', '--template', 'templates/basic.review.yaml', '-o', 'reviews/chen-2026.review.yaml', '--employee', 'Chen Jie'], dir, { env: EPOCH });
    assert.equal(r.code, 0);
    const text = readFileSync(join(dir, 'reviews/chen-2026.review.yaml'), 'utf8');
    golden('new-from-template-file', text);
    assert.match(text, /^template: \.\.\/templates\/basic\.review\.yaml$/m, 'relative to the new file');
    const lint = JSON.parse(cli(['lint', '--format', 'json', 'reviews/chen-2026.review.yaml'], { cwd: dir }).stdout);
    const broken = lint.files[0].findings.filter((f: { rule: string }) => ['schema', 'yaml-syntax', 'template-unresolved'].includes(f.rule));
    assert.deepEqual(broken, []);
  });

  it('prints a plain skeleton without a template', () => {
    const dir = project();
    const r = goldenRun('new-plain', ['new', '--type', 'coaching', '--reviewer', 'Liu Yang: team lead'], dir, { env: EPOCH });
    const lint = JSON.parse(cli(['lint', '--stdin', '--stdin-filename', 'x.review.yaml', '--format', 'json'], { cwd: dir, input: r.stdout }).stdout);
    assert.deepEqual(lint.files[0].findings.filter((f: { rule: string }) => f.rule === 'schema' || f.rule === 'yaml-syntax'), []);
  });

  it('keeps an existing file unless --force', () => {
    const dir = project();
    const file = join(dir, 'reviews/clean.review.yaml');
    const before = readFileSync(file, 'utf8');
    assert.equal(cli(['new', '-o', 'reviews/clean.review.yaml'], { cwd: dir }).code, 2);
    assert.equal(readFileSync(file, 'utf8'), before);
    assert.equal(cli(['new', '-o', 'reviews/clean.review.yaml', '--force'], { cwd: dir }).code, 0);
    assert.notEqual(readFileSync(file, 'utf8'), before);
  });
});

describe('review-yaml render is registered', () => {
  it('renders a review to a standalone page', () => {
    const dir = project();
    const r = cli(['render', 'reviews/held.review.yaml', '-o', 'held.html'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'held.html')));
    assert.match(cli(['--help']).stdout, /review-yaml render FILE/);
  });
});
