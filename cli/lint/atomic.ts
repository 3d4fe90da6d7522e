import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file so that a reader (or a crash) sees either the old text or the new, never half:
 * a temporary file in the same folder, flushed to disk, renamed over the original. The file
 * keeps its permission bits.
 */
export function writeFileAtomic(link: string, data: string): void {
  // A symbolic link stays a link: the file it points at is the one replaced.
  let path = link;
  try {
    path = realpathSync(link);
  } catch {
    path = link;
  }
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${threadId()}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = openSync(tmp, 'wx', mode ?? 0o666);
  try {
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(tmp, mode); // the umask may have narrowed it
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

/** This thread's id, loading node:worker_threads only when a file is written. */
function threadId(): number {
  return (require('node:worker_threads') as typeof import('node:worker_threads')).threadId;
}
