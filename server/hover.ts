// Hover: what a key means (its schema description), what a score means (the scale level), what a
// rule is (its summary and page), and what an id points at.
import { type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isScalar } from 'yaml';
import { DEFAULT_SCALE } from '../core/defaults';
import { builtinRules, ruleSet } from '../core/ruleset';
import { bandFor, bandRange, bandsOf, computeScoring } from '../core/scoring';
import type { LooseReview, LooseTemplate } from '../core/types';
import type { Path } from '../core/types';
import { ruleDoc } from './completion';
import type { Documents } from './documents';
import { idSiteAt, idSites, labelOf } from './ids';
import { describeAt, schemaFor, shapeAt } from './schemaInfo';
import { nodeAt, rangeOf } from './yamlAst';

const md = (value: string, range?: Hover['range']): Hover => ({ contents: { kind: 'markdown', value }, range });

export function hover(doc: TextDocument, pos: Position, documents: Documents): Hover | null {
  const kind = documents.kind(doc);
  if (!kind) return null;
  const line = doc.getText({ start: { line: pos.line, character: 0 }, end: { line: pos.line + 1, character: 0 } });
  const rules = kind === 'config' ? ruleSet(builtinRules) : documents.rules(doc);
  const rule = directiveRuleAt(line, pos.character, rules.ids);
  if (rule) return md(ruleDoc(rule.id, documents.locale(doc.uri), rules), { start: { line: pos.line, character: rule.start }, end: { line: pos.line, character: rule.end } });

  const parsed = documents.parsed(doc);
  const offset = doc.offsetAt(pos);
  const at = nodeAt(parsed, offset);
  if (!at || !at.path.length) return null;
  const schema = schemaFor(kind);
  const parent = at.path.slice(0, -1);
  const key = at.path[at.path.length - 1]!;
  const inRules = shapeAt(schema, parent) === 'record' && parent[parent.length - 1] === 'rules';

  if (at.onKey) {
    const range = at.pair?.key ? rangeOf(parsed, at.pair.key as never) : undefined;
    if (inRules && typeof key === 'string' && rules.get(key)) return md(ruleDoc(key, documents.locale(doc.uri), rules), range);
    const text = describeAt(schema, at.path);
    return text ? md(`**${key}**\n\n${text}`, range) : null;
  }
  if (!isScalar(at.node)) return null;
  const range = rangeOf(parsed, at.node);
  if (inRules && typeof key === 'string' && rules.get(key)) return md(ruleDoc(key, documents.locale(doc.uri), rules), range);
  if (kind === 'review') {
    const form = formHover(at.path, at.node.toJSON(), parsed.doc.toJS() as LooseReview, documents.template(doc)?.template);
    if (form) return md(form, range);
  }
  if (kind === 'review' && typeof at.node.value === 'number' && isScorePath(at.path)) {
    const scale = documents.template(doc)?.template.scale?.filter((l) => typeof l?.value === 'number');
    const level = (scale?.length ? scale : DEFAULT_SCALE).find((l) => l?.value === at.node!.toJSON());
    const source = scale?.length ? 'the template' : 'the default scale';
    if (!level) return md(`**${at.node.value}** is not a level of ${source}.`, range);
    return md(`**${level.value} — ${level.label ?? ''}**\n\n${level.definition ?? ''}\n\n_From ${source}._`, range);
  }
  if (kind === 'review' || kind === 'template') {
    const site = idSiteAt(idSites(parsed, kind), offset);
    if (site?.role === 'reference') {
      const def = idSites(parsed, kind).find((s) => s.kind === site.kind && s.role === 'definition' && s.id === site.id);
      const label = def ? labelOf(parsed, def) : site.kind === 'competency' ? templateCompetency(documents, doc, site.id) : undefined;
      if (label) return md(`**${site.id}** — ${label}`, range);
    }
  }
  const text = describeAt(schema, at.path);
  return text ? md(`**${key}**\n\n${text}`, range) : null;
}

function isScorePath(path: Path): boolean {
  const p = path.join('.');
  return p === 'score' || p === 'score.value' || /^(competencies|goals)\.\d+\.(rating|self_rating)$/.test(p) || p === 'self_assessment.rating';
}

/**
 * What a form's number or grade means under the template: a competency rating's level as that
 * competency describes it, a grade's band, a total's band and what the items add up to.
 */
export function formHover(path: Path, value: unknown, review: LooseReview, template: LooseTemplate | undefined): string | undefined {
  const p = path.join('.');
  const comp = /^competencies\.(\d+)\.(rating|self_rating)$/.exec(p);
  if (comp && typeof value === 'number') {
    const id = review.competencies?.[Number(comp[1])]?.id;
    const c = template?.competencies?.find((x) => x?.id === id);
    const level = c?.levels?.find((l) => l?.value === value);
    if (c && level) return `**${value} — ${level.label ?? ''}** (${c.title ?? id})\n\n${level.description ?? ''}\n\n_From the template's levels for this competency._`;
    return undefined;
  }
  const bands = bandsOf(template);
  if (p === 'scoring.grade' && typeof value === 'string' && bands.length) {
    const band = bands.find((b) => b.grade === value);
    if (!band) return `**${value}** is not a grade of the template: ${bands.map((b) => b.grade).join(', ')}.`;
    const total = typeof review.scoring?.total === 'number' ? review.scoring.total : computeScoring(review, template)?.total;
    const earned = total === undefined ? undefined : bandFor(bands, total);
    const check = earned === undefined || total === undefined ? '' : earned.grade === value ? `\n\nThe total ${total} is in this band.` : `\n\nThe total ${total} earns **${earned.grade}**, not ${value}.`;
    return `**${band.grade}**${band.label ? ` — ${band.label}` : ''}: totals ${bandRange(bands, band)}.${check}\n\n_From the template's grade bands._`;
  }
  if (p === 'scoring.total' && typeof value === 'number') {
    const computed = computeScoring(review, template)?.total;
    const band = bands.length ? bandFor(bands, value) : undefined;
    const parts = [`**Total ${value}**`];
    if (computed !== undefined) parts.push(`The scored items add up to ${computed}.`);
    if (band) parts.push(`Band **${band.grade}**${band.label ? ` (${band.label})` : ''}: ${bandRange(bands, band)}.`);
    return parts.length > 1 ? parts.join('\n\n') : undefined;
  }
  return undefined;
}

function templateCompetency(documents: Documents, doc: TextDocument, id: string): string | undefined {
  const c = documents.template(doc)?.template.competencies?.find((x) => x?.id === id);
  return c ? [c.title, c.description].filter(Boolean).join(': ') : undefined;
}

/** A rule id of a `# review-disable…` comment under the cursor. */
export function directiveRuleAt(line: string, character: number, ids: ReadonlySet<string> = ruleSet(builtinRules).ids): { id: string; start: number; end: number } | undefined {
  const m = /#\s*review-(?:disable-next-line|disable|enable)\b/.exec(line);
  if (!m) return undefined;
  const listEnd = line.indexOf('--', m.index + m[0].length);
  const re = /[\w/-]+/g;
  re.lastIndex = m.index + m[0].length;
  for (let w; (w = re.exec(line)); ) {
    if (listEnd >= 0 && w.index >= listEnd) break;
    if (w.index <= character && character <= w.index + w[0].length && ids.has(w[0]))
      return { id: w[0], start: w.index, end: w.index + w[0].length };
  }
  return undefined;
}
