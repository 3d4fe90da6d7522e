// Go to definition (from `template:` to the file, from an id to where it is defined), find
// references of ids, and rename of an id with all its references.
import {
  type Location, type Position, type Range, ResponseError, ErrorCodes, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isScalar } from 'yaml';
import { ts } from './messages';
import { parse } from '../core/parse';
import type { Documents } from './documents';
import { type IdSite, idSiteAt, idSites } from './ids';
import { nodeAtPath } from './yamlAst';
import { pathToUri } from './workspace';

const ID = /^[A-Za-z0-9][\w.-]*$/;

interface Found { site: IdSite; sites: IdSite[] }

function siteAt(doc: TextDocument, pos: Position, documents: Documents): Found | undefined {
  const kind = documents.kind(doc);
  if (kind !== 'review' && kind !== 'template') return undefined;
  const sites = idSites(documents.parsed(doc), kind);
  const site = idSiteAt(sites, doc.offsetAt(pos));
  return site ? { site, sites } : undefined;
}

/** Where a competency is defined: the template the review names. */
function templateDefinitions(doc: TextDocument, documents: Documents, id: string): Location[] {
  const path = documents.templatePath(doc);
  const text = path ? documents.workspace.readFile(path) : undefined;
  if (!path || text === undefined) return [];
  return idSites(parse(text), 'template')
    .filter((s) => s.kind === 'competency' && s.id === id)
    .map((s) => ({ uri: pathToUri(path), range: s.range }));
}

export function definition(doc: TextDocument, pos: Position, documents: Documents): Location[] | null {
  const kind = documents.kind(doc);
  if (kind === 'review') {
    const parsed = documents.parsed(doc);
    const ref = nodeAtPath(parsed, ['template']);
    const offset = doc.offsetAt(pos);
    if (isScalar(ref) && ref.range && ref.range[0] <= offset && offset <= ref.range[1]) {
      const path = documents.templatePath(doc);
      if (!path || documents.workspace.readFile(path) === undefined) return null;
      const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return [{ uri: pathToUri(path), range: top }];
    }
  }
  const found = siteAt(doc, pos, documents);
  if (!found) return null;
  const { site, sites } = found;
  if (site.kind === 'competency' && kind === 'review') return templateDefinitions(doc, documents, site.id);
  const defs = sites.filter((s) => s.kind === site.kind && s.role === 'definition' && s.id === site.id);
  return defs.map((s) => ({ uri: doc.uri, range: s.range }));
}

export function references(doc: TextDocument, pos: Position, documents: Documents, includeDeclaration: boolean): Location[] | null {
  const found = siteAt(doc, pos, documents);
  if (!found) return null;
  const { site, sites } = found;
  const here = sites
    .filter((s) => s.kind === site.kind && s.id === site.id && (includeDeclaration || s.role === 'reference'))
    .map((s) => ({ uri: doc.uri, range: s.range }));
  if (includeDeclaration && site.kind === 'competency' && documents.kind(doc) === 'review')
    return [...templateDefinitions(doc, documents, site.id), ...here];
  return here;
}

/** Competency ids are shared by every review of a template: renaming one here would break the others. */
function renamable(found: Found | undefined, documents: Documents, doc: TextDocument): IdSite {
  const locale = documents.locale(doc.uri);
  if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, ts(locale, 'server.rename.notId'));
  if (found.site.kind === 'competency')
    throw new ResponseError(
      ErrorCodes.InvalidRequest,
      documents.kind(doc) === 'template'
        ? ts(locale, 'server.rename.competencyTemplate')
        : ts(locale, 'server.rename.competencyReview'),
    );
  return found.site;
}

export function prepareRename(doc: TextDocument, pos: Position, documents: Documents): { range: Range; placeholder: string } {
  const site = renamable(siteAt(doc, pos, documents), documents, doc);
  return { range: site.range, placeholder: site.id };
}

export function rename(doc: TextDocument, pos: Position, newName: string, documents: Documents): WorkspaceEdit {
  const found = siteAt(doc, pos, documents);
  const site = renamable(found, documents, doc);
  if (!ID.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is not a usable id: use letters, digits, "-", "_" or ".".`);
  const edits = found!.sites
    .filter((s) => s.kind === site.kind && s.id === site.id)
    .map((s) => ({ range: s.range, newText: newName }));
  return { changes: { [doc.uri]: edits } };
}

