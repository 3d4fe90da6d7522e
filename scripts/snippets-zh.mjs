// Writes snippets/review.zh-cn.code-snippets: the twins of snippets/review.code-snippets with
// Chinese names, descriptions and placeholder text (keys, values and prefixes stay as they are).
// VS Code snippet files have no nls; the extension offers these twins itself, and only when the
// language is Chinese (client/snippets.ts), so English users never see them.
// Run: node scripts/snippets-zh.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const source = JSON.parse(readFileSync(join(root, 'snippets/review.code-snippets'), 'utf8'));
const map = JSON.parse(readFileSync(join(root, 'scripts/snippets-zh.map.json'), 'utf8'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const missing = [];
const out = {};
for (const [name, snippet] of Object.entries(source)) {
  const zh = map.descriptions[name];
  if (!zh) missing.push(`description of "${name}"`);
  const body = snippet.body.map((line) => {
    let l = line;
    for (const [en, cn] of Object.entries(map.text))
      l = l.replace(new RegExp(`(\\$\\{\\d+:|topic: |label: )${escape(en)}(?=\\s*[},])`, 'g'), `$1${cn}`);
    return l;
  });
  out[name] = { name: zh?.[0] ?? name, prefix: snippet.prefix, description: zh?.[1] ?? snippet.description, body };
}
if (missing.length) {
  console.error(`scripts/snippets-zh.map.json lacks: ${missing.join(', ')}`);
  process.exit(1);
}
const text = `${JSON.stringify(out, null, 2)}\n`;
const target = join(root, 'snippets/review.zh-cn.code-snippets');
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('snippets/review.zh-cn.code-snippets is stale: run node scripts/snippets-zh.mjs');
    process.exit(1);
  }
} else writeFileSync(target, text);
