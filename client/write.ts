// Files the extension writes for the user (Export HTML, New Review) go through the product's one
// writer (node/atomic.ts), the same as the CLI's: every byte or the old file, owner and mode kept,
// read-only and hard-linked files refused. A file that is not on this machine's disk (a virtual
// or remote folder) is written through VS Code's file system instead.
import * as vscode from 'vscode';
import { WriteRefused, writeFileAtomic } from '../node/atomic';

export type FileWriter = (dest: vscode.Uri, text: string) => Promise<void>;

/** Through VS Code's file system: what an extension host without a disk can do. */
export const workspaceWriter: FileWriter = async (dest, text) => {
  await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text));
};

/** Through the one writer for a file: URI, else VS Code's file system. */
export const diskWriter: FileWriter = async (dest, text) => {
  if (dest.scheme !== 'file') return workspaceWriter(dest, text);
  writeFileAtomic(dest.fsPath, text);
};

/** Why a write failed, in the user's language. */
export function writeError(e: unknown): string {
  const code = e instanceof WriteRefused ? e.code : (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EREADONLY':
      return vscode.l10n.t('the file is read-only');
    case 'EHARDLINK':
      return vscode.l10n.t('the file has several hard links, and replacing it would split them');
    case 'EOWNER':
      return vscode.l10n.t('the file belongs to another user');
    case 'ENOTREG':
      return vscode.l10n.t('it is not a regular file');
    case 'EISDIR':
      return vscode.l10n.t('it is a folder');
    case 'ENOSPC':
      return vscode.l10n.t('no space is left on the device');
    case 'EACCES':
    case 'EPERM':
      return vscode.l10n.t('permission denied');
    default:
      return (e as Error)?.message ?? String(e);
  }
}
