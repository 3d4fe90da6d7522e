import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { FileHost } from '../core/template';

/** Forward slashes everywhere: core works on '/'-separated paths on every platform. */
export const slash = (p: string) => p.replace(/\\/g, '/');

/** Reads only regular files: a directory, FIFO or device named like a template is "unreadable", never a hang. */
export function readRegularFile(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
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
