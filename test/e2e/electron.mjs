// The same extension test suites through @vscode/test-electron, where VS Code can be had: a
// developer's machine or a public CI. Runs on the minimum supported VS Code and on stable (like
// rust-analyzer), or on the build named by VSCODE_EXECUTABLE_PATH. Writes {"passed","failed",
// "skipped"} to $SUMMARY_FILE. Here (no internet) the download fails: use run.mjs instead.
//   node test/e2e/electron.mjs [--version 1.91.0|stable|insiders]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuites } from './suites.mjs';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const minimum = pkg.engines.vscode.replace(/^\^/, '');
const i = process.argv.indexOf('--version');
const executable = process.env.VSCODE_EXECUTABLE_PATH;
const versions = executable ? [undefined] : i > 0 ? [process.argv[i + 1]] : [minimum, 'stable'];
const total = { passed: 0, failed: 0, skipped: 0 };

const extensionTestsPath = await buildSuites();
for (const version of versions) {
  const tmp = mkdtempSync(join(tmpdir(), 'review-yaml-electron-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });
  const results = join(tmp, 'results.json');
  const label = executable ?? `VS Code ${version}`;
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version }),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      extensionTestsEnv: { REVIEW_YAML_E2E_RESULTS: results },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(tmp, 'user-data')],
    });
  } catch (e) {
    console.error(`e2e (${label}): ${e?.message ?? e}`);
  }
  try {
    const counts = JSON.parse(readFileSync(results, 'utf8'));
    for (const k of Object.keys(total)) total[k] += counts[k];
    console.log(`e2e (${label}): ${counts.passed} passed, ${counts.failed} failed`);
  } catch {
    total.failed++;
    console.error(`e2e (${label}): the extension tests did not run to the end`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(total));
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
