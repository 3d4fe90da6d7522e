import type { Template } from '../schemas';
import { detectKind, parse, toData } from './parse';
import { dirname, isInside, resolvePath } from './paths';
import type { LooseTemplate } from './types';
import { validate } from './validate';

/** File access the engine is given; core itself never touches the file system. */
export interface FileHost {
  /** The workspace or repository root; templates outside it are refused. */
  root?: string;
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** The path with symbolic links resolved, so a link cannot lead outside the root. */
  realPath?(path: string): string;
}

export type TemplateResult =
  | { ok: true; path: string; template: LooseTemplate }
  | { ok: false; path: string; message: string };

const cache = new Map<string, { text: string; template: LooseTemplate | string }>();

/** Resolves `template:` of the review at `reviewPath` ('/'-separated, absolute). */
export function resolveTemplate(reviewPath: string, ref: string, host: FileHost): TemplateResult {
  const path = resolvePath(dirname(reviewPath), ref.replace(/\\/g, '/'));
  const fail = (message: string): TemplateResult => ({ ok: false, path, message });
  if (host.root && !isInside(host.root, path))
    return fail(`Template "${ref}" lies outside ${host.root}. Keep templates inside the repository or workspace.`);
  let text: string | undefined;
  try {
    text = host.readFile(path);
  } catch {
    text = undefined;
  }
  if (text === undefined) return fail(`Template "${ref}" was not found or cannot be read (looked for ${path}). Check the path; it is relative to this file.`);
  if (host.root && host.realPath) {
    let real: string;
    try {
      real = host.realPath(path);
    } catch {
      real = path;
    }
    if (!isInside(host.realPath(host.root), real))
      return fail(`Template "${ref}" links to ${real}, outside ${host.root}. Keep templates inside the repository or workspace.`);
  }
  if (path === reviewPath) return fail(`Template "${ref}" is this file itself. Point at a \`kind: template\` file.`);
  const hit = cache.get(path);
  const loaded = hit && hit.text === text ? hit.template : load(text);
  cache.set(path, { text, template: loaded });
  return typeof loaded === 'string' ? fail(`Template "${ref}" ${loaded}`) : { ok: true, path, template: loaded };
}

function load(text: string): LooseTemplate | string {
  const parsed = parse(text);
  if (parsed.problems.some((p) => p.severity === 'error')) return 'is not valid YAML. Lint it to see where.';
  const kind = detectKind(parsed);
  if (kind !== 'template') return `is not a template: it needs \`kind: template\`${kind ? ` (it has kind: ${kind})` : ''}.`;
  let data: unknown;
  try {
    data = toData(parsed);
  } catch {
    return 'could not be read (too many aliases).';
  }
  // A template with schema problems still lends what is valid; its own lint reports the rest.
  return validate('template', data).data as Template;
}
