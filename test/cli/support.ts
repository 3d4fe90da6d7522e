import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { version } from '../../package.json';
import { ROOT, type Run, cli, workspace } from '../support/cli';

/** A small project with findings of every severity, a template, a typo a fix can mend and a file that is not ours. */
export const PROJECT = join(ROOT, 'test/fixtures/cli/project');
const GOLDEN = join(ROOT, 'test/fixtures/cli/golden');

/** A copy of the fixture project in a temporary folder that is its own repository root. */
export function project(extra: Record<string, string> = {}): string {
  const dir = workspace({ '.git/': '' });
  cpSync(PROJECT, dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Output with the temporary folder and the version replaced, so that goldens hold no machine's paths. */
export function normalize(text: string, dir?: string): string {
  let out = text;
  if (dir) for (const d of new Set([realpathSync(dir), dir])) out = out.split(d).join('<project>');
  return out.split(`"${version}"`).join('"<version>"');
}

const shown = (args: string[]) => args.map((a) => (/^[\w./=:,-]+$/.test(a) ? a : `'${a}'`)).join(' ');

/** The readable record of one run: command, exit code, standard output and standard error. */
export function transcript(args: string[], r: Run, dir?: string, stdout = r.stdout): string {
  const block = (s: string) => (s === '' ? '' : s.endsWith('\n') ? s : `${s}\n(no newline at end)\n`);
  return normalize(`$ review-yaml ${shown(args)}\nexit ${r.code}\n--- stdout\n${block(stdout)}--- stderr\n${block(r.stderr)}`, dir);
}

/** Compares with test/fixtures/cli/golden/NAME.txt; UPDATE_GOLDEN=1 writes it instead. */
export function golden(name: string, actual: string): void {
  const file = join(GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (!process.env.UPDATE_GOLDEN) assert.fail(`golden ${name}.txt did not exist and was written: review it, then run again`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `golden ${name}.txt differs (UPDATE_GOLDEN=1 rewrites it)`);
}

/** Runs the CLI in `dir` and checks its transcript against a golden. */
export function goldenRun(name: string, args: string[], dir: string, opts: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = cli(args, { cwd: dir, ...opts });
  golden(name, transcript(args, r, dir));
  return r;
}
