// `review/readFile`: the server in a browser worker has no file system, so it asks for a template or
// a `.reviewrc.yaml` here, and gets it through vscode.workspace.fs (the repository on github.dev).
import * as vscode from 'vscode';
import type { ReadFileParams, ReadFileResult } from '../server/protocol';

/** The most read of one file, as on the desktop (node/host.ts): far past any real review or template. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * The text of a regular file inside a workspace folder; null for anything else: a file outside every
 * folder (the server never asks for one; this side refuses it all the same), a symbolic link (its
 * target could lie outside), a folder, a file too large, or one that is not there.
 */
export async function readWorkspaceFile(params: ReadFileParams): Promise<ReadFileResult> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(String(params?.uri), true);
  } catch {
    return { text: null };
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.path.split('/').includes('..')) return { text: null };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type !== vscode.FileType.File || stat.size > MAX_READ_BYTES) return { text: null };
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return { text: null };
  }
}
