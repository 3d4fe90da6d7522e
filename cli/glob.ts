/**
 * Globs a user writes (`ignore:` in .reviewrc.yaml, --ignore, a glob on the command line),
 * matched in time proportional to pattern × path, whatever the pattern: a glob compiled to a
 * regular expression backtracks, and `*a*a*a*a*a*a*b` against a long name ran for minutes.
 *
 * Supported: `*` (any run of characters but '/'), `**` as a whole segment (any number of
 * folders), `?`, classes `[abc]`, `[a-z]`, `[!x]` / `[^x]`, braces `{a,b}` (nested), `\`
 * escapes, and a leading `!` that negates the pattern. Dot files match like any other (picomatch's
 * `dot: true`). Extended globs (`+(a|b)`) are not: their characters match themselves.
 */

/** Brace expansion stops here: a pattern that expands to more is refused. */
export const MAX_EXPANSIONS = 1024;

type Token = { lit: string } | { any: true } | { star: true } | { set: [string, string][]; neg: boolean };
type Segment = Token[] | 'globstar';
interface Compiled { neg: boolean; alts: Segment[][] }

/** Counts the comparisons made, for the tests that show the work is bounded. */
export const globStats = { steps: 0 };

export class GlobError extends Error {}

/** A function telling whether a '/'-separated relative path matches any of the patterns (picomatch's semantics for lists). */
export function globMatcher(patterns: string[]): (path: string) => boolean {
  const compiled = patterns.map(compile);
  const pos = compiled.filter((c) => !c.neg);
  const neg = compiled.filter((c) => c.neg);
  return (path) => {
    const segs = path.split('/');
    if (pos.some((c) => c.alts.some((a) => matchPath(a, segs)))) return true;
    return neg.some((c) => !c.alts.some((a) => matchPath(a, segs)));
  };
}

export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]|^!/.test(pattern);
}

function compile(pattern: string): Compiled {
  let neg = false;
  let p = pattern;
  while (p.startsWith('!')) {
    neg = !neg;
    p = p.slice(1);
  }
  if (p.startsWith('./')) p = p.slice(2);
  const alts = expandBraces(p).map((alt) => {
    const segs = alt
      .split('/')
      .filter((s, i, all) => !(s === '**' && all[i - 1] === '**'))
      .map((s): Segment => (s === '**' ? 'globstar' : tokens(s)));
    // As in picomatch: a trailing `/**` after a segment ending in `*` needs one more level
    // (`*/**` is what lies inside a folder, not the folder itself).
    const last = segs.at(-2);
    if (segs.at(-1) === 'globstar' && Array.isArray(last) && last.length && 'star' in last.at(-1)!) segs.splice(-1, 0, [{ star: true }]);
    return segs;
  });
  return { neg, alts };
}

/** `a{b,c{d,e}}f` → abf, acdf, acef. An unbalanced or single-item brace is literal. */
export function expandBraces(p: string): string[] {
  const out: string[] = [];
  const walk = (s: string) => {
    if (out.length > MAX_EXPANSIONS) throw new GlobError(`the pattern ${JSON.stringify(p)} expands to more than ${MAX_EXPANSIONS} patterns`);
    const open = findBrace(s);
    if (!open) {
      out.push(s);
      return;
    }
    const [start, end, parts] = open;
    for (const part of parts) walk(s.slice(0, start) + part + s.slice(end + 1));
  };
  walk(p);
  return out;
}

/** The first brace with a top-level comma: its start, end and the parts. */
function findBrace(s: string): [number, number, string[]] | undefined {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] !== '{') continue;
    let depth = 0;
    const cuts: number[] = [];
    for (let j = i; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        if (!cuts.length) break;
        const bounds = [i, ...cuts, j];
        return [i, j, bounds.slice(1).map((b, k) => s.slice(bounds[k]! + 1, b))];
      } else if (c === ',' && depth === 1) cuts.push(j);
    }
  }
  return undefined;
}

function tokens(seg: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) out.push({ lit: seg[++i]! });
    else if (c === '*') {
      if (!(out.at(-1) && 'star' in out.at(-1)!)) out.push({ star: true }); // `**` inside a segment is one `*`
    } else if (c === '?') out.push({ any: true });
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end < 0) {
        out.push({ lit: c });
        continue;
      }
      let body = seg.slice(i + 1, end);
      const neg = body[0] === '!' || body[0] === '^';
      if (neg) body = body.slice(1);
      const set: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          set.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else set.push([body[k]!, body[k]!]);
      }
      out.push({ set, neg });
      i = end;
    } else out.push({ lit: c });
  }
  return out;
}

function one(t: Token, c: string): boolean {
  globStats.steps++;
  if ('lit' in t) return t.lit === c;
  if ('any' in t) return true;
  if ('set' in t) return t.set.some(([a, b]) => c >= a && c <= b) !== t.neg;
  return false;
}

/**
 * One segment against one name: the classic wildcard walk that remembers only the last `*` and
 * retries from there, so each (token, character) pair is tried a bounded number of times:
 * O(tokens × characters), never exponential.
 */
function matchSegment(toks: Token[], name: string): boolean {
  let t = 0;
  let c = 0;
  let starT = -1;
  let starC = 0;
  while (c < name.length) {
    globStats.steps++;
    const tok = toks[t];
    if (tok && 'star' in tok) {
      starT = t++;
      starC = c;
    } else if (tok && one(tok, name[c]!)) {
      t++;
      c++;
    } else if (starT >= 0) {
      t = starT + 1;
      c = ++starC;
    } else return false;
  }
  while (t < toks.length && 'star' in toks[t]!) t++;
  return t === toks.length;
}

/** The same walk one level up: `**` is the star, a segment match the character comparison. */
function matchPath(segs: Segment[], names: string[]): boolean {
  let s = 0;
  let n = 0;
  let starS = -1;
  let starN = 0;
  while (n < names.length) {
    globStats.steps++;
    const seg = segs[s];
    if (seg === 'globstar') {
      starS = s++;
      starN = n;
    } else if (seg && matchSegment(seg, names[n]!)) {
      s++;
      n++;
    } else if (starS >= 0) {
      s = starS + 1;
      n = ++starN;
    } else return false;
  }
  while (s < segs.length && segs[s] === 'globstar') s++;
  return s === segs.length;
}
