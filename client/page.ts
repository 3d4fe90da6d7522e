// The preview's page comes from the server whole (`review/render` with our nonce, our webview's
// resource origin and our script's URI): nothing here rewrites it. The client only makes the
// fresh nonce for each render, checks that the page carries it, and makes its own small page
// when there is nothing to show.
/** 16 random bytes, base64: Web Crypto, which both the Node and the browser extension hosts have. */
export const newNonce = (): string => btoa(Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => String.fromCharCode(b)).join(''));

export function previewCsp({ nonce, cspSource }: { nonce: string; cspSource: string }): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${cspSource}`;
}

/** The nonce the page's CSP allows for scripts. */
export function cspNonce(html: string): string | undefined {
  return /script-src (?:'|&#39;)nonce-([^'&]+)(?:'|&#39;)/.exec(html)?.[1];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page of one message (the preview could not be rendered), under the same strict CSP and no script. */
export function messagePage(message: string, o: { nonce: string; cspSource: string }): string {
  const csp = escape(previewCsp(o));
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><p>${escape(message)}</p></body></html>`;
}
