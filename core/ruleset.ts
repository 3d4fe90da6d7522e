import { declarativeRules } from './declarative';
import type { Rule } from './rule';
import { allRules } from './rules';
import type { LooseTemplate, Severity, SeverityOrOff, UserConfig } from './types';

/** The rules shipped with Review YAML. */
export const builtinRules: readonly Rule[] = allRules;

type SevMap = Record<string, SeverityOrOff>;

/**
 * The rules one lint runs, as a value: the built-ins by default, plus a plugin's rules, plus the
 * declarative rules of the template and of .reviewrc.yaml. Ids are unique; the first one wins.
 */
export class RuleSet {
  readonly ids: ReadonlySet<string>;
  private readonly byId: ReadonlyMap<string, Rule>;

  constructor(readonly all: readonly Rule[]) {
    const byId = new Map<string, Rule>();
    for (const rule of all) if (!byId.has(rule.id)) byId.set(rule.id, rule);
    this.byId = byId;
    this.ids = new Set(byId.keys());
  }

  get size(): number {
    return this.all.length;
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  /** This set and `more` (rules of an id already here are left out). */
  plus(more: readonly Rule[]): RuleSet {
    return more.length ? new RuleSet([...this.all, ...more.filter((r) => !this.byId.has(r.id))]) : this;
  }

  /** This set with the declarative rules a template and a .reviewrc.yaml declare (none: this set itself). */
  with(template: LooseTemplate | undefined, config: UserConfig | undefined): RuleSet {
    const more = declared(template, config);
    return more.length ? this.plus(more) : this;
  }

  /** Precedence, lowest first: defaults < .reviewrc.yaml < template < command line / settings. */
  severities(...layers: (Partial<SevMap> | undefined)[]): Record<string, Severity | 'off'> {
    const out: SevMap = {};
    for (const rule of this.all) out[rule.id] = rule.meta.defaultSeverity;
    for (const layer of layers) for (const [id, sev] of Object.entries(layer ?? {})) if (this.byId.has(id) && sev) out[id] = sev;
    return out;
  }
}

const sets = new WeakMap<readonly Rule[], RuleSet>();

/** The RuleSet of a list of rules (made once per list). */
export function ruleSet(rules: RuleSet | readonly Rule[]): RuleSet {
  if (rules instanceof RuleSet) return rules;
  let set = sets.get(rules);
  // A list grown since (a test adding a rule for a while) gets its set made again.
  if (!set || set.size !== rules.length) sets.set(rules, (set = new RuleSet([...rules])));
  return set;
}

/** The declarative rules of .reviewrc.yaml, then of the template (an id declared in both: the configuration's). */
function declared(template: LooseTemplate | undefined, config: UserConfig | undefined): Rule[] {
  const fromConfig = declarativeRules(config?.custom_rules, '.reviewrc.yaml');
  const fromTemplate = declarativeRules(template?.custom_rules, 'template');
  return fromConfig.length && fromTemplate.length ? [...fromConfig, ...fromTemplate.filter((r) => !fromConfig.some((c) => c.id === r.id))] : fromConfig.length ? fromConfig : fromTemplate;
}
