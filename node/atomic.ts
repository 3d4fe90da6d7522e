import {
  type Stats,
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What the writer was given to replace: the file's bytes and stat as they were read. */
export interface Expected {
  bytes: Buffer;
  stat: Pick<Stats, 'ino' | 'dev' | 'size' | 'mtimeMs'>;
}

export interface WriteOptions {
  /** The file must still be exactly this (bytes, size, time, inode) just before it is replaced, else ECHANGED. */
  expect?: Expected;
  /** Create a new file only: EEXIST when the path exists (`new` without --force). */
  exclusive?: boolean;
}

/** A file-system refusal the writer makes itself, with a code `why()` words for the user. */
export class WriteRefused extends Error {
  constructor(
    readonly code: 'ECHANGED' | 'EREADONLY' | 'EHARDLINK' | 'EOWNER' | 'ENOTREG',
    message: string,
  ) {
    super(message);
  }
}

/** Called after the new text is on disk and before the target is checked: fault-injection tests wait here. */
export const hooks: { flushed?: (target: string) => void } = {};

/** Temporary files are named `.<name>.review-yaml-<pid>-<random>.tmp`, beside their target. */
const TMP = /^\.(.+)\.review-yaml-(\d+)-[0-9a-z]+\.tmp$/;

/**
 * Replaces a file so that a reader (or a crash) sees either the old bytes or the new, never half:
 * every byte is written to a temporary file in the same folder (a short write is carried on, a
 * full disk throws ENOSPC), flushed, given the file's owner, group and mode, and renamed over the
 * original only if the original is still what was read; then the folder is flushed. A read-only
 * file, a file with several hard links (a rename would split them) and a file a non-root user
 * could not give back to its owner are refused. On any failure the old file stays and the
 * temporary file is removed.
 */
export function writeFileAtomic(link: string, data: string | Buffer | Iterable<string>, opts: WriteOptions = {}): void {
  const file = new AtomicFile(link, opts);
  try {
    // Pieces (a large report) are written one after the other, never joined into one string.
    if (typeof data === 'string' || Buffer.isBuffer(data)) file.write(data);
    else for (const piece of data) file.write(piece);
  } catch (e) {
    file.abort();
    throw e;
  }
  file.commit();
}

/**
 * writeFileAtomic a piece at a time, for a writer that does not have all of its text at once (a
 * report written while its files are linted): open, write, then commit, or abort to leave the
 * old file as it was. The same checks and the same guarantees.
 */
export class AtomicFile {
  private readonly path: string;
  private readonly tmp: string;
  private readonly old: Stats | undefined;
  private fd: number | undefined;

  constructor(
    private readonly link: string,
    private readonly opts: WriteOptions = {},
  ) {
    // A symbolic link stays a link: the file it points at is the one replaced.
    let path = link;
    try {
      path = realpathSync(link);
    } catch {
      path = link;
    }
    let old: Stats | undefined;
    try {
      old = statSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (old && opts.exclusive) throw Object.assign(new Error(`${link} exists`), { code: 'EEXIST' });
    if (old) refuseUnsafe(path, old);
    else if (opts.expect) throw new WriteRefused('ECHANGED', `${link} was removed`);
    sweep(dirname(path));
    this.path = path;
    this.old = old;
    this.tmp = join(dirname(path), `.${basename(path)}.review-yaml-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
    // A new file gets the umask's mode; a replaced one starts private and then takes the old mode.
    this.fd = openSync(this.tmp, 'wx', old ? 0o600 : 0o666);
  }

  write(piece: string | Buffer): void {
    if (this.fd === undefined) throw new Error(`${this.link} is already written`);
    writeAll(this.fd, typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
  }

  /** Flushes the text and puts it in the file's place (see writeFileAtomic); on failure the old file stays. */
  commit(): void {
    const { path, tmp, old, opts } = this;
    const fd = this.fd;
    if (fd === undefined) throw new Error(`${this.link} is already written`);
    this.fd = undefined;
    try {
      try {
        if (old) {
          if (process.getuid?.() === 0 && (old.uid !== 0 || old.gid !== 0)) fchownSync(fd, old.uid, old.gid);
          fchmodSync(fd, old.mode & 0o7777);
        }
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      hooks.flushed?.(path);
      if (opts.expect) unchanged(path, opts.expect);
      if (opts.exclusive) {
        linkSync(tmp, path); // EEXIST if the path appeared meanwhile: never replaces
        unlinkSync(tmp);
      } else renameSync(tmp, path);
    } catch (e) {
      removeQuietly(tmp);
      throw e;
    }
    syncDir(dirname(path));
  }

  /** Leaves the file as it was: the temporary file is closed and removed. */
  abort(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    this.fd = undefined;
    removeQuietly(this.tmp);
  }
}

function removeQuietly(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // already gone
  }
}

/** Writes every byte: write(2) may write fewer than asked (a nearly full disk); carry on until all are written or it fails. */
export function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error('no space is left on the device'), { code: 'ENOSPC' });
    done += n;
  }
}

function refuseUnsafe(path: string, st: Stats): void {
  if (st.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  if (!st.isFile()) throw new WriteRefused('ENOTREG', `${path} is not a regular file`);
  if ((st.mode & 0o222) === 0) throw new WriteRefused('EREADONLY', `${path} is read-only`);
  if (st.nlink > 1) throw new WriteRefused('EHARDLINK', `${path} has ${st.nlink} hard links`);
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && st.uid !== uid) throw new WriteRefused('EOWNER', `${path} belongs to another user`);
}

/** The file is still the one that was read: same inode, size, time and bytes. */
function unchanged(path: string, expect: Expected): void {
  let now: Stats;
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      now = fstatSync(fd);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    throw new WriteRefused('ECHANGED', `${path} was removed`);
  }
  const s = expect.stat;
  if (now.ino !== s.ino || now.dev !== s.dev || now.size !== s.size || now.mtimeMs !== s.mtimeMs || !bytes.equals(expect.bytes))
    throw new WriteRefused('ECHANGED', `${path} changed while it was being fixed`);
}

/** Flushes a folder's entry list, so that the rename survives a power cut. Some systems cannot: best effort. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // not supported here (Windows, some network file systems)
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const swept = new Set<string>();

/** Removes temporary files a killed run left in a folder (their process is gone), once a run per folder. */
export function sweep(dir: string): number {
  if (swept.has(dir)) return 0;
  swept.add(dir);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = TMP.exec(name);
    if (!m || alive(Number(m[2]))) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // another run took it
    }
  }
  return removed;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether two paths name the same file (through links too); a path that does not exist names no input. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}
