/**
 * Loads the code plugins a .reviewrc.yaml lists under `plugins:` (npm packages or local
 * modules, resolved from the folder of that file) and checks their rules (core/plugin.ts).
 * Shared by the command line and the language server; the server calls it only in a trusted
 * workspace, since loading a plugin runs its code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pluginRules } from '../core/plugin';
import type { Rule } from '../core/rule';
import { type RuleSet, builtinRules, ruleSet } from '../core/ruleset';

export interface LoadedPlugins {
  /** The built-in rules and every valid plugin rule. */
  rules: RuleSet;
  /** One plain sentence per plugin or rule that could not be used. */
  problems: string[];
  /**
   * A hash of the plugins' code: every file each plugin's module loaded (its own modules and what
   * they require), by path and content. The CLI's --cache key holds it, so a changed plugin lints again.
   */
  code: string;
}

const loaded = new Map<string, LoadedPlugins>();

/** The rule set for a .reviewrc.yaml at `configPath` naming `plugins`; the same value for the same file and list. */
export function loadPlugins(configPath: string, plugins: readonly string[] | undefined, base: RuleSet = ruleSet(builtinRules)): LoadedPlugins {
  if (!plugins?.length) return { rules: base, problems: [], code: '' };
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
  const out = { rules: base.plus(rules), problems, code: codeHash(require, plugins) };
  loaded.set(key, out);
  return out;
}

function codeHash(require: NodeJS.Require, plugins: readonly string[]): string {
  const files = new Set<string>();
  const visit = (m: NodeJS.Module | undefined) => {
    if (!m || files.has(m.filename)) return;
    files.add(m.filename);
    for (const child of m.children) visit(child);
  };
  for (const name of plugins) {
    try {
      visit(require.cache[require.resolve(name)]);
    } catch {
      // Not loaded: its problem is reported, and no file of it can change a finding.
    }
  }
  // node:crypto only for runs with plugins: a run without any does not pay for loading it.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('\0unreadable');
    }
  }
  return hash.digest('hex');
}

function firstLine(s: string): string {
  return s.split('\n')[0]!;
}
