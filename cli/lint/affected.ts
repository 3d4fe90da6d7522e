import { realpathSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { CONFIG_NAME } from '../../node/config';
import { readRegularFile, slash } from '../../node/host';
import { engine } from '../lazy';

/** What `--changed` found: paths that changed or are new (`files`), and paths that were deleted. */
export interface Changes {
  files: Set<string>;
  deleted: Set<string>;
}

/**
 * The files of `files` that `--changed` lints: those that changed, and those whose findings may
 * have changed with them: reviews whose template changed or was deleted, and every file under a
 * `.reviewrc.yaml` (or the `--config` file) that changed, was added or was deleted.
 *
 * Only the changed paths are read to find the templates among them; the other reviews are read
 * (for their `template:`) only when a template changed or a YAML file was deleted.
 */
export function affectedFiles(files: string[], changes: Changes, explicitConfig: string | undefined): string[] {
  const touched = [...changes.files, ...changes.deleted];
  if (explicitConfig && (touched.includes(explicitConfig) || touched.includes(real(explicitConfig)))) return files;
  const configDirs = touched.filter((p) => basename(p) === CONFIG_NAME).map((p) => dirname(p) + sep);
  // Templates by their real path, '/'-separated as the engine resolves them.
  const templates = new Set<string>();
  for (const p of changes.files) if (/\.ya?ml$/i.test(p) && kindOf(p) === 'template') templates.add(slash(real(p)));
  // A deleted file may have been a template: the reviews that named it lose it.
  for (const p of changes.deleted) if (/\.ya?ml$/i.test(p)) templates.add(slash(p));
  return files.filter((f) => {
    if (changes.files.has(f)) return true;
    const r = real(f);
    return changes.files.has(r) || configDirs.some((d) => f.startsWith(d) || r.startsWith(d)) || (templates.size > 0 && usesOneOf(f, templates));
  });
}

function kindOf(path: string): unknown {
  const text = readRegularFile(path);
  if (text === undefined) return undefined;
  return engine().detectKind(engine().parse(text));
}

/** Whether the review at `path` names one of `templates` as its template (resolved as the engine does). */
function usesOneOf(path: string, templates: Set<string>): boolean {
  const text = readRegularFile(path);
  if (text === undefined || !text.includes('template')) return false;
  const { parse, templatePath } = engine();
  const ref = parse(text).doc.get('template');
  if (typeof ref !== 'string' || !ref) return false;
  const target = templatePath(slash(path), ref);
  return templates.has(target) || templates.has(slash(real(target)));
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
