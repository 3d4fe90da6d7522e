import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');

export interface Run { code: number | null; stdout: string; stderr: string }

/** The built CLI as a process, exactly as users run it. */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.input,
    // The machine's language does not leak into the output: a test asks for one with --locale or env.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A throwaway folder with the given files (path → text); a `.git` folder makes it a repository root. */
const created: string[] = [];
// Throwaway folders go when the test process does, whatever the tests did with them.
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-yaml-'));
  created.push(dir);
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    if (path.endsWith('/')) mkdirSync(abs, { recursive: true });
    else writeFileSync(abs, text);
  }
  return dir;
}

export const MINIMAL = `kind: review
type: appraisal
status: draft
period: { start: 2026-01-01, end: 2026-12-31 }
employee: { name: Zhang Wei }
reviewer: { name: Liu Yang }
strengths:
  - text: Closed the Hangzhou account two weeks ahead of plan
    evidence: CRM deal record, 14 Sep
`;
