/**
 * Rules an organisation writes in code and lists under `plugins:` in .reviewrc.yaml. A plugin
 * module exports `rules` (an array, or the module itself is the array); each rule is checked
 * here before it runs, the way markdownlint checks custom rules: an id in the organisation's
 * namespace, the metadata, and a `check` function. Loading the module is the caller's part
 * (node/plugins.ts): core never touches the file system.
 */
import { type Localized, type Report, type Rule, type RuleContext, type RuleFix, type RuleMessages } from './rule';
import { STATUS_ORDER, type Severity, type Status } from './types';

/** `acme/mentoring-rated`: the organisation's namespace, a slash, the rule's name; lower case, digits and hyphens. */
export const NAMESPACED_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** What a plugin author writes: the rule's own messages in both languages, its data typed. */
export interface PluginRuleSpec<K extends string, D> {
  id: string;
  meta: {
    description: Localized;
    defaultSeverity: Severity;
    from: Status | null;
    fix?: Rule['meta']['fix'];
    tags?: string[];
    appliesTo?: Rule['meta']['appliesTo'];
    docs?: string;
  };
  messages: RuleMessages<K>;
  check(ctx: RuleContext<K>): Iterable<Report<D>>;
  fix?: RuleFix<D, K>;
}

/** Gives a plugin rule its type: `ctx.t` accepts only the keys of its own `messages`. */
export function defineRule<const K extends string, D = undefined>(spec: PluginRuleSpec<K, D>): Rule<D> {
  return { ...spec, meta: { fix: 'none', tags: [], ...spec.meta } } as Rule<D>;
}

const SEVERITIES = ['error', 'warning', 'info'];
const FIXES = ['auto', 'stub', 'none'];

/**
 * The rules a plugin module exports, each checked; `problems` says in plain words what is wrong
 * with each rule left out (`where` names the plugin in the message).
 */
export function pluginRules(exported: unknown, where: string, taken: ReadonlySet<string>): { rules: Rule[]; problems: string[] } {
  const list = rulesOf(exported);
  if (!list) return { rules: [], problems: [`${where}: exports no "rules" array (module.exports = { rules: [ … ] })`] };
  const rules: Rule[] = [];
  const problems: string[] = [];
  const seen = new Set(taken);
  list.forEach((candidate, i) => {
    const wrong = ruleProblem(candidate, seen);
    const name = typeof (candidate as Rule)?.id === 'string' ? `"${(candidate as Rule).id}"` : `#${i + 1}`;
    if (wrong) problems.push(`${where}: rule ${name}: ${wrong}`);
    else {
      const rule = candidate as Rule;
      seen.add(rule.id);
      rules.push({ ...rule, meta: { ...rule.meta, fix: rule.fix ? rule.meta.fix : 'none', tags: rule.meta.tags ?? [], origin: where } });
    }
  });
  return { rules, problems };
}

function rulesOf(exported: unknown): unknown[] | undefined {
  const m = exported as { rules?: unknown; default?: { rules?: unknown } } | undefined;
  if (Array.isArray(exported)) return exported;
  if (Array.isArray(m?.rules)) return m.rules;
  if (Array.isArray(m?.default?.rules)) return m.default.rules;
  return undefined;
}

/** What is wrong with one exported rule, or undefined when it can run. */
export function ruleProblem(candidate: unknown, taken: ReadonlySet<string>): string | undefined {
  const rule = candidate as Partial<Rule> | null;
  if (!rule || typeof rule !== 'object') return 'is not an object';
  if (typeof rule.id !== 'string' || !NAMESPACED_ID.test(rule.id))
    return `"id" must be namespaced like "acme/mentoring-rated" (lower case, digits, hyphens; one "/"), not ${JSON.stringify(rule.id)}`;
  if (taken.has(rule.id)) return 'its id is already taken by another rule';
  const meta = rule.meta;
  if (!meta || typeof meta !== 'object') return '"meta" is missing';
  if (!meta.description || typeof meta.description.en !== 'string' || !meta.description.en.trim())
    return '"meta.description" needs an English text: { en: "…", zh-CN: "…" }';
  if (!SEVERITIES.includes(meta.defaultSeverity as string)) return `"meta.defaultSeverity" must be one of ${SEVERITIES.join(', ')}`;
  if (meta.from !== null && !STATUS_ORDER.includes(meta.from as Status)) return `"meta.from" must be one of ${STATUS_ORDER.join(', ')} or null`;
  if (meta.fix !== undefined && !FIXES.includes(meta.fix)) return `"meta.fix" must be one of ${FIXES.join(', ')}`;
  if (meta.docs !== undefined && (typeof meta.docs !== 'string' || !/^https?:\/\//.test(meta.docs))) return '"meta.docs" must be an http(s) link';
  if (typeof rule.check !== 'function') return '"check" must be a function (a generator of reports)';
  if (rule.fix !== undefined && typeof rule.fix?.create !== 'function') return '"fix.create" must be a function';
  if (rule.messages !== undefined && (typeof rule.messages !== 'object' || typeof rule.messages.en !== 'object'))
    return '"messages" must hold an "en" map of message id to text';
  return undefined;
}
