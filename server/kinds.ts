// `review/kinds`: what each file is, read the way the linter reads it (the editor's text first,
// then the disk), so the client never guesses from a regular expression.
import { type ParsedDoc, parse } from '../core/parse';
import { type Documents, schemaKind } from './documents';
import type { FileKind, KindsParams, KindsResult } from './protocol';
import { nextTurn } from './turn';
import { uriToPath } from './workspace';

/** Files are parsed one at a time, with a turn of the event loop between them: edits go first. */
export async function kinds(params: KindsParams, documents: Documents): Promise<KindsResult> {
  const uris: unknown[] = Array.isArray(params?.uris) ? params.uris : [];
  const kinds: (FileKind | null)[] = [];
  const names: (string | null)[] = [];
  for (const uri of uris) {
    if (typeof uri === 'string' && !documents.get(uri)) {
      const path = uriToPath(uri);
      if (path) await documents.workspace.load(path);
    }
    const { kind, name } = kindOf(uri, documents);
    kinds.push(kind);
    names.push(name);
    await nextTurn();
  }
  return { kinds, names };
}

const NOT_OURS = { kind: null, name: null };

function kindOf(uri: unknown, documents: Documents): { kind: FileKind | null; name: string | null } {
  if (typeof uri !== 'string') return NOT_OURS;
  const open = documents.get(uri);
  let parsed: ParsedDoc | undefined;
  let kind: FileKind | null;
  if (open) kind = schemaKind(uri, () => (parsed = documents.parsed(open)));
  else {
    const path = uriToPath(uri);
    const text = path ? documents.workspace.readFile(path) : undefined;
    if (!path || text === undefined) return NOT_OURS;
    kind = schemaKind(path, () => (parsed = parse(text)));
  }
  return { kind, name: kind === 'template' && parsed ? templateName(parsed) : null };
}

/** A template's `name:`, as written (trimmed); null when it has none. */
function templateName(parsed: ParsedDoc): string | null {
  const contents = parsed.doc.contents as { get?(key: string): unknown } | null;
  const name = contents?.get?.('name');
  return typeof name === 'string' && name.trim() ? name.trim() : null;
}
