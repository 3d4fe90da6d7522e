// The server's own extensions to LSP, typed once here and imported by both sides
// (server and VS Code client), like rust-analyzer's lsp_ext.ts.
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
  /** Debounce delay for `run: onType`, in milliseconds. Default 200. */
  debounceMs?: number;
  /** Severity per rule id; above .reviewrc.yaml and the template, below the file's own comments. */
  rules?: Record<string, RuleSeverity>;
  /** Language of messages. */
  locale?: 'en' | 'zh-CN';
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
  /** CSP nonce for the page's style and script elements. */
  nonce?: string;
  /** The webview's `cspSource`, allowed for images and style sheets. */
  cspSource?: string;
}

export interface RenderResult {
  /** A full HTML page (no scripts); the preview puts it in its webview. */
  html: string;
}

/** The preview's content, rendered by core from the document as the editor holds it. */
export const RenderRequest = new RequestType<RenderParams, RenderResult, void>('review/render');

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
