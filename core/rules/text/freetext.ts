/**
 * Where the free text of a review lives. Language rules read the feedback itself; privacy rules
 * read every piece of prose a reviewer may write.
 */
import type { LooseReview, Path } from '../../types';
import type { FieldHits } from './match';

export interface TextField {
  path: Path;
  text: string;
  /** The key the text sits under: text, evidence, comment, rationale, … */
  key: string;
  /** The word lists' hits in `text`, found once for all rules (core/rules/text/match.ts fieldTerms). */
  found?: FieldHits;
}

/**
 * Where the employee writes in their own words: the language rules do not judge it (it is not
 * the reviewer's feedback), the privacy rules still read it. A list of top-level keys, so a new
 * section the employee fills in is one more entry.
 */
export const EMPLOYEE_OWN: readonly string[] = ['employee_response', 'self_assessment'];

/** Whether a path lies in text the employee wrote. */
export function isEmployeeOwn(path: Path): boolean {
  return EMPLOYEE_OWN.includes(String(path[0]));
}

/**
 * The feedback the language rules read: `strengths` and `improvements` (text and evidence),
 * competency comments and the score's rationale. Not what the employee wrote (EMPLOYEE_OWN).
 */
export function feedbackFields(review: LooseReview): TextField[] {
  return once(feedbackCache, review, () => collectFeedback(review));
}

/**
 * The fields of a document are collected once per lint and shared by every rule that reads them
 * (the same review object is handed to every rule). The lists are frozen: filter, never push.
 */
const feedbackCache = new WeakMap<object, TextField[]>();
const proseCache = new WeakMap<object, TextField[]>();
const valuesCache = new WeakMap<object, TextField[]>();

function once(cache: WeakMap<object, TextField[]>, key: unknown, make: () => TextField[]): TextField[] {
  if (!key || typeof key !== 'object') return make();
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = Object.freeze(make()) as TextField[]));
  return hit;
}

/** Where feedback lives (see collectFeedback). */
const FEEDBACK_ROOTS = new Set<unknown>(['strengths', 'improvements', 'competencies', 'score']);

function collectFeedback(review: LooseReview): TextField[] {
  const out: TextField[] = [];
  // The same field objects as stringValues(review) holds, so that what a rule finds in a field's
  // text (field.found) serves the privacy rules, which read those, too.
  let byPath: PathIndex | undefined;
  const add = (path: Path, text: unknown) => {
    if (typeof text !== 'string' || !NOT_BLANK.test(text)) return;
    byPath ??= new PathIndex(stringValues(review).filter((f) => f.path.length <= 3 && FEEDBACK_ROOTS.has(f.path[0]!)));
    const same = byPath.get(path);
    out.push(same?.text === text ? same : { path, text, key: String(path[path.length - 1]) });
  };
  for (const list of ['strengths', 'improvements'] as const)
    for (const [i, item] of (review[list] ?? []).entries()) {
      add([list, i, 'text'], item?.text);
      add([list, i, 'evidence'], item?.evidence);
    }
  for (const [i, c] of (review.competencies ?? []).entries()) add(['competencies', i, 'comment'], c?.comment);
  if (review.score && typeof review.score === 'object') add(['score', 'rationale'], review.score.rationale);
  return out;
}

/** Some character that trim() keeps: a test that does not copy a long text as trim() would. */
const NOT_BLANK = /\S/;

/** Fields by their paths (each step a Map key, so 0 and '0' differ as they do in a path). */
class PathIndex {
  private readonly root = new Map<unknown, Map<unknown, unknown>>();
  constructor(fields: readonly TextField[]) {
    for (const f of fields) {
      let at: Map<unknown, unknown> = this.root;
      f.path.forEach((step, i) => {
        if (i === f.path.length - 1) return void (at.has(step) || at.set(step, f));
        let next = at.get(step) as Map<unknown, unknown> | undefined;
        if (!(next instanceof Map)) at.set(step, (next = new Map()));
        at = next;
      });
    }
  }

  get(path: Path): TextField | undefined {
    let at: unknown = this.root;
    for (const step of path) at = at instanceof Map ? at.get(step) : undefined;
    return at instanceof Map ? undefined : (at as TextField | undefined);
  }
}

/** Keys whose values are ids, enums, dates or names, not prose. */
const NOT_PROSE = new Set([
  'kind', 'template', 'type', 'status', 'id', 'goal', 'addresses', 'date', 'due', 'on', 'at', 'notified_on',
  'setting', 'agreement', 'response', 'role', 'name', 'start', 'end', 'requested',
]);

/** Every piece of prose in the document (privacy rules): all strings except ids, enums, dates and names. */
export function proseFields(data: unknown): TextField[] {
  return once(proseCache, data, () => stringValues(data).filter((f) => !NOT_PROSE.has(f.key)));
}

/** Every string value in the data, with its path (numbers in keys of lists). */
export function stringValues(data: unknown, path: Path = []): TextField[] {
  return path.length ? collectStrings(data, path) : once(valuesCache, data, () => collectStrings(data, path));
}

function collectStrings(data: unknown, path: Path): TextField[] {
  const out: TextField[] = [];
  const walk = (value: unknown, at: Path) => {
    if (typeof value === 'string') {
      if (NOT_BLANK.test(value)) out.push({ path: at, text: value, key: String(at[at.length - 1] ?? '') });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...at, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
    }
  };
  walk(data, path);
  return out;
}
