// Builds, type-checks and runs every test suite, then prints one closing line that sums them:
// "N passed, N failed, N skipped". A suite that cannot run counts as failed, never as silent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
const suites = [
  { name: 'core', spec: 'test/core/**/*.test.ts' },
  { name: 'cli', spec: 'test/cli/**/*.test.ts' },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;

for (const [label, cmd, args] of [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']],
]) {
  if (only.length) break;
  const code = run(cmd, args);
  if (code === 0) total.passed++;
  else {
    total.failed++;
    notes.push(`${label} failed (exit ${code})`);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'review-yaml-tests-'));
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  const summary = join(tmp, `${suite.name}.json`);
  console.log(`\n=== suite: ${suite.name}`);
  const code = run('npx', ['mocha', '--reporter', './test/support/summary-reporter.cjs', suite.spec], { SUMMARY_FILE: summary });
  let counts;
  try {
    counts = JSON.parse(readFileSync(summary, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 };
    notes.push(`suite ${suite.name} did not run to the end (exit ${code})`);
  }
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    notes.push(`suite ${suite.name} exited ${code}`);
  }
  for (const k of Object.keys(total)) total[k] += counts[k];
}
rmSync(tmp, { recursive: true, force: true });

for (const n of notes) console.log(`note: ${n}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
