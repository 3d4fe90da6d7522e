// Every string the extension shows a user goes through vscode.l10n.t (and so has its Chinese
// twin in l10n/bundle.l10n.zh-cn.json): an audit of the client's sources by their syntax tree.
// A phrase (two or more words) anywhere else in client/ is a string someone forgot to translate.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const CLIENT = join(ROOT, 'client');

/**
 * Names, not phrases: the product's name is the same in every language. And strings no user reads:
 * the browser server's worker name (developer tools only) and how it was started (for the tests).
 */
const NAMES = new Set(['Review YAML', 'Review YAML language server', 'extension URI', 'Blob URL']);

function sources(): string[] {
  return readdirSync(CLIENT, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const isL10nCall = (n: ts.Node): n is ts.CallExpression =>
  ts.isCallExpression(n) && n.expression.getText() === 'vscode.l10n.t';

/** Text a person would read: letters and at least one space between words, not an id, a path, a glob or a pattern. */
const phrase = (s: string) => /^[\p{L}]/u.test(s) && /\p{L}+ \p{L}+/u.test(s) && !/[/\\*$]|^\w+(\.\w+)+$/.test(s);

interface Found { file: string; line: number; text: string }

function audit(): { untranslated: Found[]; dynamic: Found[]; keys: Set<string> } {
  const untranslated: Found[] = [];
  const dynamic: Found[] = [];
  const keys = new Set<string>();
  for (const file of sources()) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => ({ file: file.slice(ROOT.length + 1), line: src.getLineAndCharacterOfPosition(n.getStart()).line + 1, text: n.getText().slice(0, 80) });
    const visit = (n: ts.Node): void => {
      if (isL10nCall(n)) {
        const [first, ...rest] = n.arguments;
        if (first && ts.isStringLiteral(first)) keys.add(first.text);
        else dynamic.push(where(n));
        rest.forEach(visit);
        return;
      }
      // An import path or a type is not shown to anyone.
      if (ts.isImportDeclaration(n) || ts.isTypeNode(n)) return;
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && phrase(n.text) && !NAMES.has(n.text)) untranslated.push(where(n));
      if (ts.isTemplateExpression(n)) {
        const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
        if (phrase(parts.trim())) untranslated.push(where(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return { untranslated, dynamic, keys };
}

const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, string>;

describe('every string the extension shows is translated', () => {
  const { untranslated, dynamic, keys } = audit();

  it('no phrase in client/ is shown without vscode.l10n.t', () => {
    assert.deepEqual(untranslated.map((f) => `${f.file}:${f.line}: ${f.text}`), []);
  });

  it('every vscode.l10n.t call has a literal message (so it can be looked up in the bundles)', () => {
    assert.deepEqual(dynamic.map((f) => `${f.file}:${f.line}: ${f.text}`), []);
  });

  it('the English and Chinese bundles hold exactly the messages used, and every Chinese one is translated', () => {
    const en = json('l10n/bundle.l10n.json');
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    assert.deepEqual(Object.keys(en).sort(), [...keys].sort());
    assert.deepEqual(Object.keys(zh).sort(), [...keys].sort());
    for (const k of keys) {
      assert.equal(en[k], k, `the English bundle gives "${k}" as it is`);
      assert.notEqual(zh[k], k, `"${k}" has a Chinese translation`);
    }
  });

  it('every %key% of package.json has an English and a Chinese text, and they differ where words are shown', () => {
    const used = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    for (const k of used) {
      assert.ok(en[k], `package.nls.json: ${k}`);
      assert.ok(zh[k], `package.nls.zh-cn.json: ${k}`);
    }
  });

  it('the audit itself catches a phrase outside vscode.l10n.t and a computed message', () => {
    const src = ts.createSourceFile('x.ts', "vscode.window.showInformationMessage('Export finished.'); vscode.l10n.t(msg); vscode.l10n.t('Fine {0}', 'ok');", ts.ScriptTarget.ES2022, true);
    const seen: string[] = [];
    const visit = (n: ts.Node): void => {
      if (isL10nCall(n)) {
        if (!ts.isStringLiteral(n.arguments[0]!)) seen.push('dynamic');
        return;
      }
      if (ts.isStringLiteral(n) && phrase(n.text)) seen.push(n.text);
      ts.forEachChild(n, visit);
    };
    visit(src);
    assert.deepEqual(seen, ['Export finished.', 'dynamic']);
  });
});
