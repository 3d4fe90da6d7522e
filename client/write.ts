// How the extension writes a file the user asked for (Export HTML, New Review). In a browser,
// through VS Code's file system; on the desktop, through the product's one writer
// (client/diskWriter.ts, over node/atomic.ts), the same as the CLI's.
import * as vscode from 'vscode';

export type FileWriter = (dest: vscode.Uri, text: string) => Promise<void>;

/** Through VS Code's file system: what a host without a disk (a browser, a virtual folder) can do. */
export const workspaceWriter: FileWriter = async (dest, text) => {
  await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text));
};

/** Why a write failed, in the user's language (the one writer's refusals and the usual errors). */
export function writeError(e: unknown): string {
  switch ((e as { code?: unknown } | undefined)?.code) {
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
