import type { Template } from '../schemas';
import { type Locale, t } from './i18n';
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

/** Why a template file cannot be used, as a catalog key (the kind it has, for a wrong kind). */
type LoadProblem = { key: 'template.invalidYaml' | 'template.notTemplate' | 'template.notTemplate.kind' | 'template.aliases'; kind?: string };

const cache = new Map<string, { text: string; template: LooseTemplate | LoadProblem }>();

/** The file a review at `reviewPath` ('/'-separated, absolute) names with `template: ref`. */
export function templatePath(reviewPath: string, ref: string): string {
  return resolvePath(dirname(reviewPath), ref.replace(/\\/g, '/'));
}

/** Resolves `template:` of the review at `reviewPath` ('/'-separated, absolute). */
export function resolveTemplate(reviewPath: string, ref: string, host: FileHost, locale: Locale = 'en'): TemplateResult {
  const path = templatePath(reviewPath, ref);
  const fail = (message: string): TemplateResult => ({ ok: false, path, message });
  if (host.root && !isInside(host.root, path))
    return fail(t(locale, 'template.outside', { ref, root: host.root }));
  // Where the path really leads is checked before anything is opened: a link out of the root
  // (to a huge file, a device) is refused unread.
  if (host.root && host.realPath) {
    let real: string | undefined;
    try {
      real = host.realPath(path);
    } catch {
      real = undefined; // missing: reported as not found below
    }
    if (real !== undefined && !isInside(host.realPath(host.root), real))
      return fail(t(locale, 'template.link', { ref, real, root: host.root }));
  }
  let text: string | undefined;
  try {
    text = host.readFile(path);
  } catch {
    text = undefined;
  }
  if (text === undefined) return fail(t(locale, 'template.notFound', { ref, path }));
  if (path === reviewPath) return fail(t(locale, 'template.self', { ref }));
  const hit = cache.get(path);
  const loaded = hit && hit.text === text ? hit.template : load(text);
  cache.set(path, { text, template: loaded });
  return isProblem(loaded) ? fail(t(locale, loaded.key, { ref, kind: loaded.kind ?? '' })) : { ok: true, path, template: loaded };
}

const isProblem = (x: LooseTemplate | LoadProblem): x is LoadProblem => LOAD_PROBLEMS.has((x as LoadProblem).key);
const LOAD_PROBLEMS = new Set<unknown>(['template.invalidYaml', 'template.notTemplate', 'template.notTemplate.kind', 'template.aliases']);

function load(text: string): LooseTemplate | LoadProblem {
  const parsed = parse(text);
  if (parsed.problems.some((p) => p.severity === 'error')) return { key: 'template.invalidYaml' };
  const kind = detectKind(parsed);
  if (kind !== 'template') return kind ? { key: 'template.notTemplate.kind', kind } : { key: 'template.notTemplate' };
  let data: unknown;
  try {
    data = toData(parsed);
  } catch {
    return { key: 'template.aliases' };
  }
  // A template with schema problems still lends what is valid; its own lint reports the rest.
  return validate('template', data).data as Template;
}
