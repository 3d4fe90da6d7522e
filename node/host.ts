import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { FileHost } from '../core/template';

/** Forward slashes everywhere: core works on '/'-separated paths on every platform. */
export const slash = (p: string) => p.replace(/\\/g, '/');

/** Reads only regular files: a directory, FIFO or device named like a template is "unreadable", never a hang. */
export function readRegularFile(path: string): string | undefined {
  return readRegularFileStat(path)?.text;
}

/** The same, with the file's size and modification time as they were just before the read. */
export function readRegularFileStat(path: string): { text: string; size: number; mtimeMs: number } | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    return { text: readFileSync(path, 'utf8'), size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

export function nodeHost(root: string | undefined): FileHost {
  return {
    root: root ? slash(root) : undefined,
    readFile: readRegularFile,
    realPath: (p) => slash(realpathSync(p)),
  };
}
