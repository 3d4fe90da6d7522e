// The extension test entry, as @vscode/test-electron (and code-server's payload route) expect:
// `run()` resolves when every test passed. Counts and failures also go to the JSON file named by
// REVIEW_YAML_E2E_RESULTS, because a browser host may not forward the extension host's console.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'skipped';
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  // The locale pass runs only the locale suite; the ordinary pass runs everything else.
  const localePass = !!process.env.REVIEW_YAML_E2E_LOCALE;
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort())
    if ((f === 'locale.test.js') === localePass) mocha.addFile(join(__dirname, f));
  const outcomes: Outcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const count = (s: Outcome['state']) => outcomes.filter((o) => o.state === s).length;
      const file = process.env.REVIEW_YAML_E2E_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests: outcomes }, null, 2));
      if (failures) reject(new Error(`${failures} e2e tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'skipped' }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
