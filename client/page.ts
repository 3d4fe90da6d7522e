// Turns the server's rendered page into the webview's page: our CSP with a fresh nonce, and our
// script. The server's HTML escapes every document string, so a quote inside an attribute value
// or text is never a raw `"`: the patterns below only meet the renderer's own markup.
import { randomBytes } from 'node:crypto';

export const newNonce = (): string => randomBytes(16).toString('base64');

export interface PageOptions {
  nonce: string;
  /** The webview's `cspSource`: the only origin for style sheets and images. */
  cspSource: string;
  /** The preview script's webview URI. */
  scriptUri: string;
}

export function previewCsp({ nonce, cspSource }: Pick<PageOptions, 'nonce' | 'cspSource'>): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${cspSource}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function toPreviewPage(html: string, o: PageOptions): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o))}">`;
  let page = html
    // No script of the server's page runs: ours is the only one.
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi, '')
    .replace(/\snonce="[^"]*"/g, ` nonce="${o.nonce}"`);
  page = /<head[^>]*>/i.test(page) ? page.replace(/<head[^>]*>/i, (h) => `${h}\n${meta}`) : `${meta}\n${page}`;
  const script = `<script nonce="${o.nonce}" src="${attr(o.scriptUri)}"></script>`;
  return /<\/body>/i.test(page) ? page.replace(/<\/body>/i, `${script}\n</body>`) : `${page}\n${script}`;
}

/** The nonce the page's CSP allows, for checks. */
export function cspNonce(html: string): string | undefined {
  return /script-src 'nonce-([^']+)'/.exec(html)?.[1];
}
