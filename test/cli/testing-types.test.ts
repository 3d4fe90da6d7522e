// `review-yaml/testing` comes with its types: a plugin's test written in TypeScript, importing the
// package as a user installs it (package.json `exports`, the declarations scripts/build-types.mjs
// writes), type-checks; a case with a wrong shape does not.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');

const GOOD = `import { RuleTester, defineRule, type InvalidCase } from 'review-yaml/testing';

const rule = defineRule({
  id: 'acme/mentoring-rated',
  meta: { description: { en: 'Rate mentoring' }, defaultSeverity: 'warning', from: 'draft', fix: 'none', tags: [] },
  messages: { en: { missing: 'Rate the mentoring competency.' } },
  *check({ review, t }) {
    if (!review.competencies?.length) yield { path: ['competencies'], message: t('missing') };
  },
});
const invalid: InvalidCase[] = [{ text: 'kind: review\\n', errors: [{ line: 1, column: 1, messageId: 'missing' }], output: null }];
new RuleTester().run(rule, { valid: ['kind: review\\ncompetencies: []\\n'], invalid });
`;

const BAD = `import { RuleTester } from 'review-yaml/testing';
new RuleTester().run('praise-missing', { invalid: [{ text: 'kind: review\\n', errors: [{ column: 1 }] }] });
`;

/** The type errors of each file, from one program over both. */
function diagnostics(dir: string, files: string[]): Map<string, string[]> {
  const program = ts.createProgram(files.map((f) => join(dir, f)), {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    types: [],
  });
  return new Map(files.map((f) => [f, ts.getPreEmitDiagnostics(program, program.getSourceFile(join(dir, f))).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))]));
}

describe('cli: review-yaml/testing types', function () {
  this.timeout(180_000);
  let dir: string;
  let found: Map<string, string[]>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'review-yaml-types-'));
    // The package as installed: its package.json and declarations, its dependencies beside it.
    const pkg = join(dir, 'node_modules/review-yaml');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-types.mjs'), join(pkg, 'dist/types')], { stdio: 'pipe' });
    writeFileSync(join(pkg, 'dist/testing.js'), '');
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'good.ts'), GOOD);
    writeFileSync(join(dir, 'bad.ts'), BAD);
    found = diagnostics(dir, ['good.ts', 'bad.ts']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks a plugin test that uses RuleTester and defineRule', () => {
    assert.deepEqual(found.get('good.ts'), []);
  });

  it('rejects a case with a wrong shape (an expected finding without its line)', () => {
    const bad = found.get('bad.ts')!;
    assert.equal(bad.length, 1, bad.join('\n'));
    assert.match(bad[0]!, /'line' is missing/);
  });
});
