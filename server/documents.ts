// Open documents and what the server knows about each: its parse, its lint, and the files it
// depends on. Features read from here; nothing here talks to the client.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LintResult, lint } from '../core/engine';
import { type Locale, parseLocale } from '../core/i18n';
import { type ParsedDoc, detectKind, parse } from '../core/parse';
import { dirname, resolvePath } from '../core/paths';
import { type RuleSet, builtinRules, ruleSet } from '../core/ruleset';
import { resolveTemplate } from '../core/template';
import type { LooseTemplate } from '../core/types';
import type { Settings } from './settings';
import { Workspace, uriToPath } from './workspace';

export type SchemaKind = 'review' | 'template' | 'config';

export interface Analysis {
  version: number;
  result: LintResult;
  /** The template this review names (resolved path), whether or not it could be read. */
  templatePath?: string;
  /** Why the nearest .reviewrc.yaml was not used. */
  configError?: string;
  /** The language the findings are in. */
  locale: Locale;
  /** The plugins of .reviewrc.yaml left off because the workspace is not trusted. */
  pluginsOff?: string;
  /** Why a plugin of .reviewrc.yaml could not be used. */
  pluginProblems?: string[];
}

export class Documents {
  readonly docs = new TextDocuments(TextDocument);
  readonly workspace = new Workspace((path) => this.byPath(path)?.getText());
  private parses = new Map<string, { version: number; parsed: ParsedDoc }>();
  private deps = new Map<string, string | undefined>();
  private locales = new Map<string, Locale>();
  /** The editor's display language (`initialize` params `locale`), when it is one of ours. */
  clientLocale: Locale | undefined;

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return this.docs.all();
  }

  byPath(path: string): TextDocument | undefined {
    return this.docs.all().find((d) => uriToPath(d.uri) === path);
  }

  forget(uri: string): void {
    this.parses.delete(uri);
    this.deps.delete(uri);
    this.locales.delete(uri);
  }

  /**
   * The language to speak about a document: `reviewYaml.locale`, else the editor's display
   * language, else `locale` in the nearest .reviewrc.yaml, else English.
   */
  locale(uri: string, settings?: Settings): Locale {
    if (settings) return settings.locale ?? this.clientLocale ?? this.configLocale(uri) ?? 'en';
    return this.locales.get(uri) ?? this.clientLocale ?? this.configLocale(uri) ?? 'en';
  }

  private configLocale(uri: string): Locale | undefined {
    const path = uriToPath(uri);
    return path ? parseLocale(this.workspace.config(path).config?.locale) : undefined;
  }

  /** The parse of the document's current version: the one parse the engine and every feature read. */
  parsed(doc: TextDocument): ParsedDoc {
    const hit = this.parses.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.parsed;
    const parsed = parse(doc.getText());
    this.parses.set(doc.uri, { version: doc.version, parsed });
    return parsed;
  }

  /** Which schema the document follows; null for a file that is not ours (no `kind`). */
  kind(doc: TextDocument): SchemaKind | null {
    return schemaKind(doc.uri, () => this.parsed(doc));
  }

  /** Reads ahead what a lint of the document needs from the host (a browser worker asks the editor for it). */
  prepare(doc: TextDocument): Promise<void> {
    const path = uriToPath(doc.uri);
    return path ? this.workspace.prepare(path, this.templatePath(doc)) : Promise.resolve();
  }

  lint(doc: TextDocument, settings: Settings): Analysis {
    const path = uriToPath(doc.uri);
    const lookup = path ? this.workspace.config(path) : { config: undefined };
    const locale = settings.locale ?? this.clientLocale ?? parseLocale(lookup.config?.locale) ?? 'en';
    this.locales.set(doc.uri, locale);
    const plugins = this.workspace.plugins(lookup);
    const result = lint({ parsed: this.parsed(doc) }, {
      ...(plugins.rules ? { rules: plugins.rules } : {}),
      path,
      config: lookup.config,
      locale,
      overrides: settings.rules,
      host: path ? this.workspace.host(path) : undefined,
    });
    const templatePath = this.templatePath(doc);
    this.deps.set(doc.uri, templatePath);
    return {
      version: doc.version, result, templatePath, configError: lookup.error, locale,
      ...(plugins.off ? { pluginsOff: plugins.off } : {}), ...(plugins.problems ? { pluginProblems: plugins.problems } : {}),
    };
  }

  /** The rules that apply to a document: the built-ins, the plugins (trusted workspace only), the declared ones of its template and .reviewrc.yaml. */
  rules(doc: TextDocument): RuleSet {
    const path = uriToPath(doc.uri);
    const lookup = path ? this.workspace.config(path) : { config: undefined };
    const base = this.workspace.plugins(lookup).rules ?? ruleSet(builtinRules);
    const kind = this.kind(doc);
    const template = kind === 'template' ? (dataOf(this.parsed(doc)) as LooseTemplate) : kind === 'review' ? this.template(doc)?.template : undefined;
    return base.with(template, lookup.config);
  }

  /** Open documents whose last lint read `path` as their template. */
  dependents(path: string): TextDocument[] {
    return this.all().filter((d) => this.deps.get(d.uri) === path);
  }

  /** The resolved path of `template:`, when the document names one. */
  templatePath(doc: TextDocument): string | undefined {
    const path = uriToPath(doc.uri);
    const ref = templateRef(this.parsed(doc));
    return path && ref ? resolvePath(dirname(path), ref.replace(/\\/g, '/')) : undefined;
  }

  /** The template the review follows, when it resolves (an open editor wins over the disk). */
  template(doc: TextDocument): { path: string; template: LooseTemplate } | undefined {
    const path = uriToPath(doc.uri);
    const ref = templateRef(this.parsed(doc));
    if (!path || !ref) return undefined;
    const res = resolveTemplate(path, ref, this.workspace.host(path));
    return res.ok ? { path: res.path, template: res.template } : undefined;
  }
}

/** Which schema a file follows, by its name (.reviewrc.yaml) or its `kind:`; null when it is not ours. */
export function schemaKind(uriOrPath: string, parsed: () => ParsedDoc): SchemaKind | null {
  if (/(^|\/)\.reviewrc\.ya?ml$/.test(uriOrPath)) return 'config';
  const kind = detectKind(parsed());
  return kind === 'template' ? 'template' : kind === null ? null : 'review';
}

export function templateRef(parsed: ParsedDoc): string | undefined {
  const contents = parsed.doc.contents as { get?(key: string): unknown } | null;
  const ref = contents?.get?.('template');
  return typeof ref === 'string' && ref.trim() ? ref : undefined;
}

/** The document as plain data, as far as it can be read (completion runs on broken text). */
export function dataOf(parsed: ParsedDoc): Record<string, unknown> {
  try {
    const data = parsed.doc.toJS({ maxAliasCount: 100 }) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
