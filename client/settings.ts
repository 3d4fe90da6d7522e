import * as vscode from 'vscode';
import type { ReviewYamlSettings } from '../server/protocol';

/** VS Code's display language when the server speaks it, else English. */
function resolveLocale(value: unknown): ReviewYamlSettings['locale'] {
  if (value === 'en' || value === 'zh-CN') return value;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The `reviewYaml` section as the server expects it: the same keys, with `locale: auto`
 * resolved here (only the editor knows its display language).
 */
export function toServerSettings(section: unknown): ReviewYamlSettings {
  const s = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const out: ReviewYamlSettings = { locale: resolveLocale(s.locale) };
  if (s.run === 'onType' || s.run === 'onSave') out.run = s.run;
  if (typeof s.debounceMs === 'number' || s.debounceMs === 'auto') out.debounceMs = s.debounceMs;
  // A copy: VS Code hands out configuration objects as proxies, which a browser worker's postMessage cannot clone.
  if (s.rules && typeof s.rules === 'object') out.rules = JSON.parse(JSON.stringify(s.rules)) as ReviewYamlSettings['rules'];
  return out;
}

export function currentSettings(scope?: vscode.ConfigurationScope): ReviewYamlSettings {
  const c = vscode.workspace.getConfiguration('reviewYaml', scope);
  return toServerSettings({ run: c.get('run'), debounceMs: c.get('debounceMs'), rules: c.get('rules'), locale: c.get('locale') });
}
