/**
 * Every string that comes from a document passes through here before it reaches the page.
 * One function serves text and double-quoted attribute values alike, so there is no way to pick
 * the wrong one. Control characters are replaced too: they are invalid in HTML and the renderer
 * relies on escaped text never containing `<` (see slots.ts).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
    // C0/C1 controls other than tab, newline and carriage return, and lone surrogates.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A nonce as CSP expects it: base64 of 16 random bytes. Web Crypto, so core needs no node module. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** A nonce given by the caller goes into an attribute and the CSP: only base64 characters are accepted. */
export function isSafeNonce(nonce: string | undefined): nonce is string {
  return typeof nonce === 'string' && /^[A-Za-z0-9+/_=-]{16,}$/.test(nonce);
}

/** A CSP source list from the host (e.g. `https://*.vscode-cdn.net`): no quotes, semicolons or controls. */
export function safeCspSource(source: string | undefined): string {
  if (!source) return '';
  return /^[A-Za-z0-9:/.*?=&%_+ -]+$/.test(source) && !/'/.test(source) ? source : '';
}
