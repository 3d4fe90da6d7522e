// `review/kinds`: what each file is, read the way the linter reads it (the editor's text first,
// then the disk), so the client never guesses from a regular expression.
import { parse } from '../core/parse';
import { type Documents, schemaKind } from './documents';
import type { FileKind, KindsParams, KindsResult } from './protocol';
import { nextTurn } from './turn';
import { uriToPath } from './workspace';

/** Files are parsed one at a time, with a turn of the event loop between them: edits go first. */
export async function kinds(params: KindsParams, documents: Documents): Promise<KindsResult> {
  const uris: unknown[] = Array.isArray(params?.uris) ? params.uris : [];
  const out: (FileKind | null)[] = [];
  for (const uri of uris) {
    if (typeof uri === 'string' && !documents.get(uri)) {
      const path = uriToPath(uri);
      if (path) await documents.workspace.load(path);
    }
    out.push(kindOf(uri, documents));
    await nextTurn();
  }
  return { kinds: out };
}

function kindOf(uri: unknown, documents: Documents): FileKind | null {
  if (typeof uri !== 'string') return null;
  const open = documents.get(uri);
  if (open) return documents.kind(open);
  const path = uriToPath(uri);
  if (!path) return null;
  const text = documents.workspace.readFile(path);
  return text === undefined ? null : schemaKind(path, () => parse(text));
}
