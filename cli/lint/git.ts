import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../node/config';
import { tc } from '../locale';
import type { Changes } from './affected';

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  // Loaded here, not at start-up: most runs never call git, and node:child_process costs ~3 ms.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() || (r.error?.message ?? '') };
}

/**
 * Takes `--changed [REF]` out of the arguments (parseArgs has no optional values). The word
 * after it is the REF when it names a commit and is not a path; `--changed=REF` is explicit.
 */
export function extractChanged(argv: string[], cwd: string): { argv: string[]; changed?: string } {
  const out: string[] = [];
  let changed: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (a.startsWith('--changed=')) changed = a.slice('--changed='.length) || 'HEAD';
    else if (a === '--changed') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-') && !existsSync(resolve(cwd, next)) && git(cwd, ['rev-parse', '--verify', '--quiet', `${next}^{commit}`]).ok) {
        changed = next;
        i++;
      } else changed = 'HEAD';
    } else out.push(a);
  }
  return { argv: out, changed };
}

/**
 * Absolute paths of the files changed against REF (staged or not) and of untracked files not
 * ignored; and of the files deleted since REF (their reviews may have named them as template).
 */
export function changedFiles(cwd: string, ref: string): Changes {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError(tc('cli.error.changedNoRepo', { cwd }));
  const root = top.out.trim();
  if (!git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok)
    throw new UsageError(tc('cli.error.changedRef', { ref }));
  const diff = git(root, ['diff', '--name-only', '-z', '--no-renames', ref, '--']);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  if (!diff.ok || !untracked.ok) throw new UsageError(tc('cli.error.changedGit', { detail: (diff.err || untracked.err).split('\n')[0]! }));
  const changes: Changes = { files: new Set(), deleted: new Set() };
  for (const p of `${diff.out}${untracked.out}`.split('\0')) {
    if (!p) continue;
    const abs = resolve(root, p);
    (existsSync(abs) ? changes.files : changes.deleted).add(abs);
  }
  return changes;
}
