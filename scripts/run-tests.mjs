// Builds, type-checks, lints, checks the layers and runs every test suite, then prints one closing line that sums them:
// "N passed, N failed, N skipped". A suite that cannot run counts as failed, never as silent.
// A suite script reports its counts the same way: JSON { passed, failed, skipped } in $SUMMARY_FILE.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
// Each suite is a mocha run; e2e suites drive a real editor host and bring their own runner script.
const suites = [
  { name: 'core', args: ['test/core/**/*.test.ts'] },
  { name: 'cli', args: ['test/cli/**/*.test.ts'] },
  { name: 'server', args: ['test/server/**/*.test.ts'] },
  { name: 'e2e', script: 'test/e2e/run.mjs' },
  // The same extension in code-server's web worker extension host (vscode.dev, github.dev).
  { name: 'web', script: 'test/e2e/web/run.mjs' },
].filter((s) => (s.script ? existsSync(s.script) : existsSync(s.args[0].split('/**')[0])));

const total = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
// Tests leave the working tree as they found it: whatever `git status` did not show before the
// run and shows after it was written (or deleted) by a test, and fails the run.
const gitStatus = () => {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
  return r.status === 0 ? new Set(r.stdout.split('\n').filter(Boolean)) : undefined;
};
const before = gitStatus();
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;

for (const [label, cmd, args] of [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  // The layers (CONTRIBUTING.md): schemas ← core ← node ← (cli, server); client → server/protocol.ts.
  ['layers', 'npx', ['depcruise', '--config', '.dependency-cruiser.cjs', 'schemas', 'core', 'node', 'cli', 'server', 'client']],
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
  const code = suite.script
    ? run('node', [suite.script], { SUMMARY_FILE: summary })
    : run('npx', ['mocha', '--reporter', './test/support/summary-reporter.cjs', ...suite.args], { SUMMARY_FILE: summary });
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

if (before) {
  const dirtied = [...(gitStatus() ?? [])].filter((line) => !before.has(line));
  if (dirtied.length) {
    total.failed++;
    notes.push(`the tests changed the working tree (git status): ${dirtied.join('; ')}`);
  } else total.passed++;
}

for (const n of notes) console.log(`note: ${n}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
