/**
 * Loads the code plugins a .reviewrc.yaml lists under `plugins:` (npm packages or local
 * modules, resolved from the folder of that file) and checks their rules (core/plugin.ts).
 * Shared by the command line and the language server; the server calls it only in a trusted
 * workspace, since loading a plugin runs its code.
 */
import { createRequire } from 'node:module';
import { pluginRules } from '../core/plugin';
import type { Rule } from '../core/rule';
import { type RuleSet, builtinRules, ruleSet } from '../core/ruleset';

export interface LoadedPlugins {
  /** The built-in rules and every valid plugin rule. */
  rules: RuleSet;
  /** One plain sentence per plugin or rule that could not be used. */
  problems: string[];
}

const loaded = new Map<string, LoadedPlugins>();

/** The rule set for a .reviewrc.yaml at `configPath` naming `plugins`; the same value for the same file and list. */
export function loadPlugins(configPath: string, plugins: readonly string[] | undefined, base: RuleSet = ruleSet(builtinRules)): LoadedPlugins {
  if (!plugins?.length) return { rules: base, problems: [] };
  const key = `${configPath}\0${plugins.join('\0')}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const require = createRequire(configPath);
  const rules: Rule[] = [];
  const problems: string[] = [];
  for (const name of plugins) {
    let exported: unknown;
    try {
      exported = require(name);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      problems.push(err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(name)
        ? `plugin "${name}": not found from ${configPath} (install it, or give a path such as "./rules/house.js")`
        : `plugin "${name}": could not be loaded: ${firstLine(err.message ?? String(e))}`);
      continue;
    }
    const got = pluginRules(exported, `plugin "${name}"`, new Set([...base.ids, ...rules.map((r) => r.id)]));
    rules.push(...got.rules.map((r) => ({ ...r, meta: { ...r.meta, origin: name } })));
    problems.push(...got.problems);
  }
  const out = { rules: base.plus(rules), problems };
  loaded.set(key, out);
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!;
}
