// On the desktop, files the user asks for go through the product's one writer (node/atomic.ts),
// the same as the CLI's: every byte or the old file, owner and mode kept, read-only and
// hard-linked files refused. Only the Node entry (./extension.ts) imports this.
import { writeFileAtomic } from '../node/atomic';
import { type FileWriter, workspaceWriter } from './write';

/** Through the one writer for a file: URI, else (a remote or virtual folder) VS Code's file system. */
export const diskWriter: FileWriter = async (dest, text) => {
  if (dest.scheme !== 'file') return workspaceWriter(dest, text);
  writeFileAtomic(dest.fsPath, text);
};
