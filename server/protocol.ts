// The server's own extensions to LSP, typed once here and imported by both sides
// (server and VS Code client), like rust-analyzer's lsp_ext.ts. Every custom request lives here;
// this is the only file of the server the client imports, and it imports none of our code
// (.dependency-cruiser.cjs holds both).
import { RequestType } from 'vscode-jsonrpc';

export type RunOn = 'onType' | 'onSave';
export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

/**
 * Settings read from `workspace/configuration` (section `reviewYaml`) and from
 * `initializationOptions` (the same keys, flat or under `reviewYaml`). Every key is optional.
 */
export interface ReviewYamlSettings {
  /** When to lint: while typing (debounced) or on save. Default onType. */
  run?: RunOn;
  /**
   * How long typing must pause before a lint (`run: onType`): a number of milliseconds, or
   * `'auto'` (the default): twice the document's last lint, between 1 and 250 ms.
   */
  debounceMs?: number | 'auto';
  /** Severity per rule id; above .reviewrc.yaml and the template, below the file's own comments. */
  rules?: Record<string, RuleSeverity>;
  /** Language of messages. */
  locale?: 'en' | 'zh-CN';
  /**
   * At most this many findings per document are shown (default 1000); past it, one more
   * diagnostic says how many were left out. A whole number from 1 up.
   */
  maxProblems?: number;
}

export interface InitializationOptions extends ReviewYamlSettings {
  reviewYaml?: ReviewYamlSettings;
  /**
   * 'push' (default): the server publishes diagnostics, debounced. 'pull': the server
   * advertises `textDocument/diagnostic` and does not push; clients that prefer pulling set it.
   */
  diagnosticMode?: 'push' | 'pull';
  /**
   * false in an untrusted workspace (restricted mode): templates resolve only inside the
   * workspace folder, never from the repository around it. Default true.
   */
  trusted?: boolean;
}

export interface RenderParams {
  textDocument: { uri: string };
  /** `preview` (default) for a webview, `standalone` for a file to read and print. */
  mode?: 'preview' | 'standalone';
  /**
   * CSP nonce for the page's style and script elements: the client makes a fresh one for every
   * render (at least 16 characters of A-Z a-z 0-9 + / _ = -; anything else is replaced by one of
   * the server's own).
   */
  nonce?: string;
  /** The webview's `cspSource`, allowed for images and style sheets. */
  cspSource?: string;
  /** The preview script's webview URI (`preview` only): the page's one script, loaded with the nonce. */
  scriptUri?: string;
}

export interface RenderResult {
  /** A full HTML page with a strict CSP; in `preview` mode with `scriptUri`, its only script is that one. */
  html: string;
}

/** The preview's content, rendered by core from the document as the editor holds it. */
export const RenderRequest = new RequestType<RenderParams, RenderResult, void>('review/render');

/** What a file is, by its `kind:` (and its name, for .reviewrc.yaml); null for a file that is not ours. */
export type FileKind = 'review' | 'template' | 'config';

export interface KindsParams {
  /** file: URIs; the editor's text wins over the disk. */
  uris: string[];
}

export interface KindsResult {
  /** One per requested URI, in the same order; null when the file is not ours or cannot be read. */
  kinds: (FileKind | null)[];
  /** One per requested URI: a template's `name:` (what HR called it), else null. */
  names: (string | null)[];
}

/** `review/kinds`: which files are reviews, templates or configuration, as the engine reads them. */
export const KindsRequest = new RequestType<KindsParams, KindsResult, void>('review/kinds');
export interface NewReviewParams {
  /** Where the new review will be saved. */
  target: { uri: string };
  /** The template it follows, if any. */
  template?: { uri: string };
}

export interface NewReviewResult {
  /** The review's text, built by core's skeleton builder (the same as `review-yaml new`). */
  text: string;
}

/** The skeleton of a new review from the chosen template: the editor writes it, the server builds it. */
export const NewReviewRequest = new RequestType<NewReviewParams, NewReviewResult, void>('review/newReview');

export interface ReadFileParams {
  /** A file of the workspace, as the editor names it (file:, vscode-vfs:, vscode-remote:…). */
  uri: string;
}

export interface ReadFileResult {
  /** The file's text (UTF-8); null when it does not exist, is not a regular file, lies outside every workspace folder or is too large. */
  text: string | null;
}

/**
 * `review/readFile`, sent by the server to the editor: the server in a browser worker has no file
 * system, so a template or a `.reviewrc.yaml` is read through the editor's (`vscode.workspace.fs`).
 */
export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('review/readFile');
export interface CalibrationParams {
  /** The folder whose reviews make the cycle (a file: URI). */
  folder: string;
  /** The webview's fresh nonce, resource origin and the page script's URI. */
  nonce: string;
  cspSource: string;
  scriptUri: string;
}

export interface CalibrationResult {
  /** The calibration report's page, under a CSP that allows only `scriptUri` with `nonce`. */
  html: string;
  /** Reviews in the report, and the actions to settle (file relative to the folder, 0-based line). */
  reviews: number;
  actions: { path: string; line: number; kind: string }[];
}

/** `review/calibrationReport`: the calibration report of a folder, from the editor's text where a file is open. */
export const CalibrationRequest = new RequestType<CalibrationParams, CalibrationResult, void>('review/calibrationReport');
