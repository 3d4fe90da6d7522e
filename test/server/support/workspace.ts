// A fresh copy of test/fixtures/server/workspace per suite (tests write templates and
// .reviewrc.yaml files), and small helpers to point at text.
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../../../core/rules';

export const FIXTURE_WORKSPACE = resolve(__dirname, '../../fixtures/server/workspace');

/** Rules whose behaviour these tests rely on; the others are turned off so new rules do not shift expectations. */
export const STABLE_RULES = ['schema', 'praise-missing', 'improvement-plan-missing', 'score-without-response', 'yaml-syntax', 'template-unresolved'];
export const OTHER_RULES_OFF: Record<string, 'off'> = Object.fromEntries(
  allRules.filter((r) => !STABLE_RULES.includes(r.id)).map((r) => [r.id, 'off' as const]),
);

export function copyWorkspace(): { root: string; file: (name: string) => string; read: (name: string) => string; remove: () => void } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'review-yaml-server-')));
  cpSync(FIXTURE_WORKSPACE, root, { recursive: true });
  return {
    root,
    file: (name) => join(root, name),
    read: (name) => readFileSync(join(root, name), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The position of the `n`th (0-based) occurrence of `needle`, plus `shift` characters. */
export function positionOf(text: string, needle: string, n = 0, shift = 0): Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return TextDocument.create('x:', 'yaml', 0, text).positionAt(at + shift);
}

export function rangeOf(text: string, needle: string, n = 0): Range {
  const start = positionOf(text, needle, n);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'yaml', 0, text), edits);
}
