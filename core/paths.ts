/** Minimal '/'-separated path handling, so that core needs no platform module. */

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

/** Joins `rel` onto `base` and folds `.` and `..` segments. */
export function resolvePath(base: string, rel: string): string {
  const absolute = rel.startsWith('/') || /^[A-Za-z]:\//.test(rel);
  const parts = (absolute ? rel : `${base}/${rel}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '.' || (p === '' && out.length > 0)) continue;
    if (p === '..') {
      if (out.length > 1 || (out.length === 1 && out[0] !== '')) out.pop();
    } else out.push(p);
  }
  return out.join('/') || '/';
}

/** Whether `path` is `root` or inside it. */
export function isInside(root: string, path: string): boolean {
  const r = root.endsWith('/') ? root : `${root}/`;
  return path === root || path.startsWith(r);
}

/** `to` relative to the folder `from` ('/'-separated absolute paths), as `..` steps and names. */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => '..'), ...b.slice(same)].join('/');
}
