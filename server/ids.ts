// Ids and the places that name them: goals ← strengths[].goal, improvements ← improvement_plan[].addresses,
// template competencies ← review competencies[].id.
import { type Node, type Scalar, isMap, isScalar, isSeq } from 'yaml';
import type { Range } from 'vscode-languageserver';
import type { ParsedDoc } from '../core/parse';
import type { Path } from '../core/types';
import { innerRange, nodeAtPath } from './yamlAst';

export type IdKind = 'goal' | 'improvement' | 'competency';

export interface IdSite {
  kind: IdKind;
  id: string;
  role: 'definition' | 'reference';
  /** The id's text, without quotes. */
  range: Range;
  start: number;
  end: number;
  path: Path;
}

/** [list, key, kind, role] per document kind. */
const REVIEW: [string, string, IdKind, IdSite['role']][] = [
  ['goals', 'id', 'goal', 'definition'],
  ['strengths', 'goal', 'goal', 'reference'],
  ['improvements', 'id', 'improvement', 'definition'],
  ['improvement_plan', 'addresses', 'improvement', 'reference'],
  ['competencies', 'id', 'competency', 'reference'],
];
const TEMPLATE: typeof REVIEW = [['competencies', 'id', 'competency', 'definition']];

export function idSites(parsed: ParsedDoc, kind: 'review' | 'template'): IdSite[] {
  const out: IdSite[] = [];
  for (const [list, key, idKind, role] of kind === 'review' ? REVIEW : TEMPLATE) {
    const seq = nodeAtPath(parsed, [list]);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const value = item.get(key, true) as Node | undefined;
      if (!isScalar(value) || value.value === null || value.value === '' || !value.range) return;
      const s = value as Scalar;
      const quoted = s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE';
      out.push({
        kind: idKind,
        id: String(s.value),
        role,
        range: innerRange(parsed, s),
        start: s.range![0] + (quoted ? 1 : 0),
        end: s.range![1] - (quoted ? 1 : 0),
        path: [list, i, key],
      });
    });
  }
  return out;
}

export function idSiteAt(sites: IdSite[], offset: number): IdSite | undefined {
  return sites.find((s) => s.start <= offset && offset <= s.end);
}

/** The text a definition is known by: a goal's title, an improvement's text, a competency's title. */
export function labelOf(parsed: ParsedDoc, site: IdSite): string | undefined {
  const item = nodeAtPath(parsed, site.path.slice(0, 2));
  if (!isMap(item)) return undefined;
  for (const key of ['title', 'text', 'description']) {
    const v = item.get(key);
    if (typeof v === 'string' && v.trim()) return v;
  }
  return undefined;
}
