// Completion: keys and values from the schema, ids from the document and its template, material
// ids, rule ids, and whole list entries as snippets.
import {
  type CompletionItem, CompletionItemKind, InsertTextFormat, InsertTextMode, type Position, type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { z } from 'zod';
import { OUTCOME_DECISIONS } from '../schemas/forms';
import { DEFAULT_SCALE, MATERIAL_IDS } from '../core/defaults';
import type { Locale } from '../core/i18n';
import { ts } from './messages';
import { describe, ruleDocsUrl } from '../core/rule';
import { builtinRules, ruleSet, type RuleSet } from '../core/ruleset';
import type { LooseTemplate, Path } from '../core/types';
import { type Site, siteAt } from './cursor';
import { type Documents, type SchemaKind, dataOf } from './documents';
import { describeAt, isOptional, keysAt, schemaFor, shapeAt, valuesAt } from './schemaInfo';
import { nodeAtPath } from './yamlAst';
import { isMap } from 'yaml';

interface Choice { value: string; detail?: string; doc?: string; sort?: string }

interface Ctx {
  kind: SchemaKind;
  schema: z.ZodType;
  data: Record<string, unknown>;
  template: LooseTemplate | undefined;
  site: Site;
  existingKeys: (path: Path) => string[];
  /** The rules that apply to the document (built-in, plugins, declared). */
  rules: RuleSet;
}

const DIRECTIVES = [
  ['review-disable-next-line', 'server.directive.nextLine'],
  ['review-disable', 'server.directive.disable'],
  ['review-enable', 'server.directive.enable'],
] as const;

/** The language of the document being completed (set on entry: completion is synchronous). */
let locale: Locale = 'en';

/** Optional keys worth a placeholder in a new list entry; the rest are one completion away. */
/** The keys a new list entry's snippet holds: what identifies an item, and what the rules ask of it. */
const ENTRY_KEYS = new Set([
  'id', 'title', 'text', 'addresses', 'action', 'request', 'topic', 'role', 'name', 'on', 'value', 'label', 'definition',
  'evidence', 'measure', 'owner', 'due', 'rating', 'comment', 'minutes', 'response', 'result', 'status', 'rationale',
]);

/** Keys a list's entry snippet leaves out although ENTRY_KEYS has them (a goal's `rating` is one completion away). */
const ENTRY_SKIP: Record<string, ReadonlySet<string>> = { goals: new Set(['rating']) };

export function complete(doc: TextDocument, pos: Position, documents: Documents): CompletionItem[] | null {
  locale = documents.locale(doc.uri);
  const kind = documents.kind(doc);
  if (!kind) return doc.getText().trim() ? null : [kindItem(pos)];
  const site = siteAt(doc.getText(), pos);
  if (!site) return null;
  if (site.directive) return directiveItems(site, doc.getText().split(/\r?\n/)[pos.line] ?? '', documents.rules(doc));
  const parsed = documents.parsed(doc);
  const data = dataOf(parsed);
  const ctx: Ctx = {
    kind,
    schema: schemaFor(kind),
    data,
    template: kind === 'review' ? documents.template(doc)?.template : kind === 'template' ? (data as LooseTemplate) : undefined,
    site,
    rules: kind === 'config' ? ruleSet(builtinRules) : documents.rules(doc),
    existingKeys: (path) => {
      const node = nodeAtPath(parsed, path);
      return isMap(node) ? node.items.map((p) => String((p.key as { value?: unknown })?.value)) : [];
    },
  };
  if (site.key !== undefined) return valueItems(ctx, [...site.container, site.key]);
  const shape = shapeAt(ctx.schema, site.container);
  if (shape === 'object') {
    const keys = keyItems(ctx);
    const last = site.container[site.container.length - 1];
    if (site.dash && !site.flow && typeof last === 'number') for (const k of entryItems(ctx, site.container.slice(0, -1), false)) keys.push(k);
    return keys;
  }
  if (shape === 'record') return ruleKeyItems(ctx);
  if (shape === 'array') return site.flow ? [] : entryItems(ctx, site.container, true);
  return valueItems(ctx, site.container);
}

function item(site: Site, label: string, newText: string, extra: Partial<CompletionItem> = {}): CompletionItem {
  return {
    label,
    textEdit: { range: site.replace, newText },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    ...extra,
  };
}

const markdown = (value: string | undefined) => (value ? { kind: 'markdown' as const, value } : undefined);
const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, '\\$&');
const choice = (n: number, values: string[]) => `\${${n}|${values.map((v) => v.replace(/[,|\\]/g, '\\$&')).join(',')}|}`;

function kindItem(pos: Position): CompletionItem {
  const range: Range = { start: { line: pos.line, character: 0 }, end: pos };
  return {
    label: 'kind',
    kind: CompletionItemKind.Property,
    documentation: markdown('`review` for an interview record, `template` for what an organisation expects of its reviews.'),
    textEdit: { range, newText: 'kind: ${1|review,template|}\n' },
    insertTextFormat: InsertTextFormat.Snippet,
  };
}

function keyItems(ctx: Ctx): CompletionItem[] {
  const { schema, site } = ctx;
  const present = new Set(ctx.existingKeys(site.container));
  const indent = ' '.repeat(site.column);
  return keysAt(schema, site.container)
    .filter((key) => !present.has(key) || key === site.prefix)
    .map((key) => {
      const path = [...site.container, key];
      const shape = shapeAt(schema, path);
      const values = choicesFor(ctx, path).map((c) => c.value);
      let text: string;
      if (site.flow) text = values.length ? `${key}: ${choice(1, values)}` : `${key}: $0`;
      else if (shape === 'object' || shape === 'record') text = `${key}:\n${indent}  $0`;
      else if (shape === 'array') text = `${key}:\n${indent}  - $0`;
      else text = values.length ? `${key}: ${choice(1, values)}` : `${key}: $0`;
      const required = !isOptional(schema, path);
      return item(site, key, text, {
        kind: CompletionItemKind.Property,
        detail: required ? 'required' : undefined,
        documentation: markdown(describeAt(schema, path)),
        sortText: `${required ? 0 : 1}${key}`,
        filterText: key,
      });
    });
}

function ruleKeyItems(ctx: Ctx): CompletionItem[] {
  const present = new Set(ctx.existingKeys(ctx.site.container));
  return ctx.rules.all
    .filter((r) => !present.has(r.id) || r.id === ctx.site.prefix)
    .map((r) =>
      item(ctx.site, r.id, `${r.id}: ${choice(1, ['off', 'error', 'warning', 'info'])}`, {
        kind: CompletionItemKind.Value,
        detail: `default: ${r.meta.defaultSeverity}`,
        documentation: markdown(ruleDoc(r.id, locale, ctx.rules)),
        filterText: r.id,
      }),
    );
}

export function ruleDoc(id: string, lang: Locale = locale, rules: RuleSet = ruleSet(builtinRules)): string {
  const rule = rules.get(id);
  if (!rule) return '';
  const from = rule.meta.from ? ts(lang, 'server.hover.from', { status: rule.meta.from }) : '';
  const url = ruleDocsUrl(rule, lang);
  const params = { id, description: describe(rule, lang), severity: rule.meta.defaultSeverity, from, url: url ?? '' };
  return ts(lang, url ? 'server.hover.rule' : 'server.hover.rule.noDocs', params);
}

function directiveItems(site: Site, line: string, rules: RuleSet): CompletionItem[] {
  if (site.directive === 'name')
    return DIRECTIVES.map(([name, key]) =>
      item(site, name!, `${name} \${1}`, { kind: CompletionItemKind.Keyword, documentation: markdown(ts(locale, key)), filterText: name }),
    );
  const listed = new Set(line.split(/[\s,#]+/));
  return rules.all
    .filter((r) => !listed.has(r.id) || r.id === site.prefix)
    .map((r) => item(site, r.id, r.id, { kind: CompletionItemKind.Value, documentation: markdown(ruleDoc(r.id, locale, rules)), filterText: r.id }));
}

function valueItems(ctx: Ctx, path: Path): CompletionItem[] {
  const doc = describeAt(ctx.schema, path);
  return choicesFor(ctx, path).map((c) =>
    item(ctx.site, c.value, escapeSnippet(c.value), {
      kind: CompletionItemKind.Value,
      detail: c.detail,
      documentation: markdown(c.doc ?? doc),
      sortText: c.sort ?? c.value,
      filterText: c.value,
    }),
  );
}

const is = (path: Path, pattern: (string | number)[]) =>
  path.length === pattern.length && pattern.every((p, i) => (p === 0 ? typeof path[i] === 'number' : p === path[i]));

const list = (data: Record<string, unknown>, key: string): Record<string, unknown>[] =>
  Array.isArray(data[key]) ? (data[key] as unknown[]).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : [];

/** What a value at the path may be: ids, materials, scale levels or the schema's fixed values. */
export function choicesFor(ctx: Pick<Ctx, 'kind' | 'schema' | 'data' | 'template'>, path: Path): Choice[] {
  const { data, template } = ctx;
  const ids = (items: Record<string, unknown>[], label: string) =>
    items.filter((x) => typeof x.id === 'string').map((x) => ({ value: x.id as string, detail: typeof x[label] === 'string' ? (x[label] as string) : undefined }));
  if (ctx.kind === 'review') {
    if (is(path, ['strengths', 0, 'goal'])) return ids(list(data, 'goals'), 'title');
    if (is(path, ['improvement_plan', 0, 'addresses'])) {
      const planned = new Set(list(data, 'improvement_plan').map((p) => p.addresses));
      return ids(list(data, 'improvements'), 'text')
        .map((c) => ({ ...c, sort: `${planned.has(c.value) ? 1 : 0}${c.value}` }))
        .sort((a, b) => a.sort.localeCompare(b.sort));
    }
    if (is(path, ['competencies', 0, 'id']))
      return (template?.competencies ?? []).filter((c) => typeof c?.id === 'string').map((c) => ({ value: c!.id!, detail: c!.title, doc: c!.description }));
    const form = formChoices(data, template, path);
    if (form) return form;
    if (is(path, ['score']) || is(path, ['score', 'value']) || is(path, ['competencies', 0, 'rating'])) {
      const scale = template?.scale?.filter((l) => typeof l?.value === 'number');
      return (scale?.length ? scale : DEFAULT_SCALE).map((l) => ({ value: String(l!.value), detail: l!.label, doc: l!.definition, sort: String(l!.value).padStart(6, '0') }));
    }
  }
  if (is(path, ['materials', 0])) {
    const extra = ctx.kind === 'review' ? (template?.materials ?? []).filter((m): m is string => typeof m === 'string') : [];
    return [...new Set([...MATERIAL_IDS, ...extra])].map((value) => ({ value }));
  }
  return valuesAt(ctx.schema, path).map((value) => ({ value }));
}

/**
 * The values of a form's parts that the template defines: a competency's own levels, the scale
 * for other ratings, grade bands, scoring items, checkpoints and the outcomes the type allows.
 */
function formChoices(data: Record<string, unknown>, template: LooseTemplate | undefined, path: Path): Choice[] | undefined {
  const scale = () => {
    const own = template?.scale?.filter((l) => typeof l?.value === 'number');
    return (own?.length ? own : DEFAULT_SCALE).map((l) => ({ value: String(l!.value), detail: l!.label, doc: l!.definition, sort: String(l!.value).padStart(6, '0') }));
  };
  if (is(path, ['competencies', 0, 'rating']) || is(path, ['competencies', 0, 'self_rating'])) {
    const id = list(data, 'competencies')[path[1] as number]?.id;
    const levels = template?.competencies?.find((c) => c?.id === id)?.levels?.filter((l) => typeof l?.value === 'number');
    if (levels?.length) return levels.map((l) => ({ value: String(l!.value), detail: l!.label, doc: l!.description, sort: String(l!.value).padStart(6, '0') }));
    return scale();
  }
  if (is(path, ['goals', 0, 'rating']) || is(path, ['goals', 0, 'self_rating']) || is(path, ['self_assessment', 'rating']) || is(path, ['rater_feedback', 0, 'rating'])) return scale();
  const bands = (template?.scoring?.bands ?? []).filter((b) => typeof b?.grade === 'string');
  const grades = () => bands.map((b) => ({ value: b!.grade!, detail: b!.label, doc: typeof b!.min === 'number' ? `From ${b!.min}` : undefined, sort: String(1e6 - (b!.min ?? 0)).padStart(8, '0') }));
  if (is(path, ['scoring', 'grade']) && bands.length) return grades();
  if ((is(path, ['calibration', 'proposed']) || is(path, ['calibration', 'final'])) && bands.length) return grades();
  if (is(path, ['scoring', 'items', 0, 'id']))
    return (template?.scoring?.items ?? []).filter((i) => typeof i?.id === 'string').map((i) => ({ value: i!.id!, detail: i!.title, doc: i!.weight !== undefined ? `Weight ${i!.weight}%` : undefined }));
  if (is(path, ['checkpoints', 0, 'id']))
    return (template?.checkpoints ?? []).filter((c) => typeof c?.id === 'string').map((c) => ({ value: c!.id!, detail: c!.title, doc: c!.after_days !== undefined ? `${c!.after_days} days after the start` : undefined }));
  if (is(path, ['outcome', 'decision'])) {
    const type = data.type === 'probation' || data.type === 'pip' ? data.type : undefined;
    const fromTemplate = (template?.outcomes ?? []).filter((o): o is NonNullable<typeof o> => typeof o === 'string');
    const allowed: readonly string[] = fromTemplate.length ? fromTemplate : type ? OUTCOME_DECISIONS[type] : [];
    return allowed.length ? allowed.map((value) => ({ value })) : undefined;
  }
  return undefined;
}

/** Snippets for a whole new entry of a list of mappings. */
function entryItems(ctx: Ctx, listPath: Path, withDash: boolean): CompletionItem[] {
  const element = [...listPath, 0];
  if (shapeAt(ctx.schema, element) !== 'object') {
    if (!withDash) return [];
    return choicesFor(ctx, element).map((c) =>
      item(ctx.site, `- ${c.value}`, `- ${escapeSnippet(c.value)}`, { kind: CompletionItemKind.Value, detail: c.detail, filterText: c.value }),
    );
  }
  const skip = ENTRY_SKIP[String(listPath[listPath.length - 1])];
  const keys = keysAt(ctx.schema, element).filter((k) => ENTRY_KEYS.has(k) && !skip?.has(k));
  if (!keys.length) return [];
  const indent = ' '.repeat(ctx.site.column + (withDash ? 2 : 0));
  const lines = keys.map((key, i) => {
    const values = choicesFor(ctx, [...element, key]).map((c) => c.value);
    const shape = shapeAt(ctx.schema, [...element, key]);
    const hole = values.length ? choice(i + 1, values) : /^(date|due|on)$/.test(key) ? `\${${i + 1}:YYYY-MM-DD}` : shape === 'number' ? `\${${i + 1}:0}` : `$${i + 1}`;
    return `${key}: ${hole}`;
  });
  const name = String(listPath[listPath.length - 1]);
  return [
    item(ctx.site, `${name} entry`, `${withDash ? '- ' : ''}${lines.join(`\n${indent}`)}`, {
      kind: CompletionItemKind.Snippet,
      detail: `- ${keys.join(', ')}`,
      documentation: markdown(describeAt(ctx.schema, element)),
      filterText: keys[0],
      sortText: `~${name}`,
    }),
  ];
}
