import { type Stats, closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import type { FileHost } from '../core/template';

/** Forward slashes everywhere: core works on '/'-separated paths on every platform. */
export const slash = (p: string) => p.replace(/\\/g, '/');

/** The most the tool reads of one file: a review or template is a few kilobytes; 64 MiB is far past any real one. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** Reads only regular files: a directory, FIFO or device named like a template is "unreadable", never a hang. */
export function readRegularFile(path: string): string | undefined {
  return readRegularFileStat(path)?.text;
}

/** The same, with the file's size and modification time as they were just before the read. */
export function readRegularFileStat(path: string): { text: string; size: number; mtimeMs: number } | undefined {
  const read = readChecked(path);
  return 'bytes' in read ? { text: read.bytes.toString('utf8'), size: read.stat.size, mtimeMs: read.stat.mtimeMs } : undefined;
}

export type Checked = { bytes: Buffer; stat: Stats } | { problem: 'notRegular' | 'tooLarge' | string };

/**
 * Reads a file only once it is known to be one: opened without blocking (a FIFO or a device
 * such as /proc/kmsg cannot hold the run), its type and size taken from the open descriptor
 * (so a swap between check and read cannot slip a device in), and never more than
 * MAX_READ_BYTES. Files under /proc and /sys report a size of 0 and are refused as not regular.
 */
export function readChecked(path: string, max = MAX_READ_BYTES): Checked {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { problem: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || (stat.size === 0 && /^\/(proc|sys)\//.test(realpathSync(path)))) return { problem: 'notRegular' };
    if (stat.size > max) return { problem: 'tooLarge' };
    const bytes = Buffer.allocUnsafe(stat.size);
    let done = 0;
    while (done < stat.size) {
      const n = readSync(fd, bytes, done, stat.size - done, null);
      if (n === 0) break; // shrank while read: what is there
      done += n;
    }
    return { bytes: done === stat.size ? bytes : bytes.subarray(0, done), stat };
  } catch (e) {
    return { problem: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    closeSync(fd);
  }
}

export function nodeHost(root: string | undefined): FileHost {
  return {
    root: root ? slash(root) : undefined,
    readFile: readRegularFile,
    realPath: (p) => slash(realpathSync(p)),
  };
}
