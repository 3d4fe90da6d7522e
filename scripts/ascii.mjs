// Writes a bundle's non-ASCII characters as \u escapes. esbuild escapes them in strings but leaves
// them in regular expressions and in String.raw templates (the Chinese word lists), and one such
// character makes V8 hold the whole bundle as two bytes a character: slower to read and to load.
// An escape means the same character in a string, a template, a regular expression and in a
// String.raw template that becomes a pattern, as every one of ours does. Anything else (a name,
// another tag) stops the build rather than be changed.
import { tokTypes as tt, tokenizer } from 'acorn';

const NON_ASCII = /[\u0080-\uffff]/;
const escape = (text) => text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What a tag can end with: a template right after one of these is tagged. */
const TAGS = new Set([tt.name, tt.parenR, tt.bracketR, tt.backQuote]);

export function asciiOnly(code, file) {
  let out = '';
  let at = 0;
  // Open templates, innermost last: whether String.raw tags it, and how deep into a ${…} the tokens are.
  const templates = [];
  const before = [];
  let previous;
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true })) {
    const top = templates[templates.length - 1];
    if (token.type === tt.backQuote) {
      if (top && top.depth < 0) templates.pop();
      else templates.push({ raw: before.slice(-3).join('') === 'String.raw', tagged: TAGS.has(previous), depth: -1 });
    } else if (top && token.type === tt.dollarBraceL) top.depth++;
    else if (top && top.depth >= 0 && (token.type === tt.braceL || token.type === tt.dollarBraceL)) top.depth++;
    else if (top && top.depth >= 0 && token.type === tt.braceR) top.depth--;
    const text = code.slice(token.start, token.end);
    before.push(token.type === tt.name ? text : token.type.label);
    previous = token.type;
    if (before.length > 3) before.shift();
    if (!NON_ASCII.test(text)) continue;
    const plain = token.type === tt.string || token.type === tt.regexp || (token.type === tt.template && (!top.tagged || top.raw));
    if (!plain) throw new Error(`${file}: a non-ASCII character outside a string, template or pattern at offset ${token.start}: ${text.slice(0, 40)}`);
    out += code.slice(at, token.start) + escape(text);
    at = token.end;
  }
  return out + code.slice(at);
}
