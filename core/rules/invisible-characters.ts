import { lazily } from '../lazily';
import { defineRule } from '../rule';
import type { Path } from '../syntax';

/**
 * Characters that change how text reads or compares without being seen: the bidirectional
 * controls of Unicode UAX #9 (embeddings, overrides, isolates, marks) and the zero-width or
 * invisible format characters. The "Trojan Source" attacks (CVE-2021-42574) hide behind them.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u180E\u00AD]/gu;

/** Zero-width (non-)joiners between two letters spell names in Persian, Hindi, Malayalam…: they stay (UAX #31, 2.3). */
const JOINER = /[\u200C\u200D]/u;
const LETTER = lazily(() => /[\p{L}\p{M}]/u);

interface Found { start: number; end: number; chars: string[] }

/** The runs of invisible characters in a value; `names` keeps joiners that join letters. */
export function invisibleRuns(text: string, names: boolean): Found[] {
  const runs: Found[] = [];
  for (const m of text.matchAll(INVISIBLE)) {
    const i = m.index;
    if (names && JOINER.test(m[0]) && LETTER().test(text[i - 1] ?? '') && LETTER().test(text[i + 1] ?? '')) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === i) {
      last.end = i + 1;
      last.chars.push(m[0]);
    } else runs.push({ start: i, end: i + 1, chars: [m[0]] });
  }
  return runs;
}

/** The value without the characters the runs cover. */
function clean(text: string, runs: Found[]): string {
  let out = '';
  let at = 0;
  for (const r of runs) {
    out += text.slice(at, r.start);
    at = r.end;
  }
  return out + text.slice(at);
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The value as the reader should see it: each hidden character written as <U+XXXX>. */
function shown(text: string, runs: Found[]): string {
  let out = '';
  let at = 0;
  for (const r of runs) {
    out += text.slice(at, r.start) + r.chars.map((c) => `<${codePoint(c)}>`).join('');
    at = r.end;
  }
  return out + text.slice(at);
}

interface Target { path: Path; text: string; what: 'id' | 'name' }

const PEOPLE = ['employee', 'reviewer', 'approver'] as const;

/**
 * The ids of every list item, anywhere in the document, in the document's order. `path` is the
 * way down to `value`, one array changed in place: a path is copied only for an id found.
 */
function listIds(value: unknown, path: (string | number)[] = [], out: Target[] = []): Target[] {
  if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string')
        out.push({ path: [...path, i, 'id'], text: (item as { id: string }).id, what: 'id' });
      path.push(i);
      listIds(item, path, out);
      path.pop();
    }
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      path.push(k);
      listIds(v, path, out);
      path.pop();
    }
  return out;
}

/** The names of people (and of a template) a reader identifies someone or something by. */
function* names(doc: Record<string, unknown>, kind: 'review' | 'template'): Iterable<Target> {
  const name = (path: Path, v: unknown): Target[] => (typeof v === 'string' ? [{ path, text: v, what: 'name' }] : []);
  if (kind === 'template') {
    yield* name(['name'], doc.name);
    return;
  }
  for (const who of PEOPLE) yield* name([who, 'name'], (doc[who] as { name?: unknown } | undefined)?.name);
  for (const list of ['approvers', 'signoffs'] as const) {
    const items = doc[list];
    if (Array.isArray(items)) for (const [i, s] of items.entries()) yield* name([list, i, 'name'], (s as { name?: unknown } | undefined)?.name);
  }
}

export default defineRule({
  id: 'invisible-characters',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'auto',
    tags: ['references'],
    appliesTo: ['review', 'template'],
  },
  *check({ kind, review, template, t }) {
    const doc = (kind === 'review' ? review : template) as Record<string, unknown> | undefined;
    if (!doc || typeof doc !== 'object') return;
    for (const target of [...listIds(doc), ...names(doc, kind)]) {
      const runs = invisibleRuns(target.text, target.what === 'name');
      if (!runs.length) continue;
      const chars = [...new Set(runs.flatMap((r) => r.chars))];
      const key = chars.some((c) => BIDI.test(c)) ? 'bidi' : 'hidden';
      yield {
        path: target.path,
        inner: { start: runs[0]!.start, end: runs[0]!.end },
        data: { cleaned: clean(target.text, runs) },
        message: t(`invisible-characters.${target.what}.${key}`, { value: shown(target.text, runs), chars: chars.map(codePoint).join(', ') }),
      };
    }
  },
  fix: {
    // Nothing left but invisible characters: deleting them would leave an empty id or name to write by hand.
    canFix: ({ data }) => !!data?.cleaned.trim(),
    create: ({ edit, t }, { path, data }) => data && { title: t('invisible-characters.fix'), edits: [edit.replaceScalar(path, data.cleaned)] },
  },
});
