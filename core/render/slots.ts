import type { Node } from 'yaml';
import type { LintResult } from '../engine';
import { locate } from '../locate';
import { nodeAtPath } from '../walk';
import type { Finding, Path } from '../types';
import { escapeHtml } from './escape';

/**
 * Findings are marked on the innermost rendered element whose YAML range contains them. The
 * sections are rendered first with placeholders (HTML comments: escaped document text never
 * holds `<`, so a placeholder cannot be forged), then each finding is assigned to a slot and the
 * placeholders are filled in. A finding about a top-level section the document lacks
 * (praise-missing: no `strengths`) goes to that section's element when the page shows one
 * ("Strengths: None recorded." with the finding under it), not to the list at the top.
 */
interface Slot { start: number; end: number; findings: Finding[] }

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

/** Counts the sweep's steps, for the tests that show rendering stays linear. */
export const renderStats = { steps: 0 };

export class Slots {
  private slots: Slot[] = [];
  private readonly lineStarts: readonly number[];
  /** Findings about a missing top-level key, by that key; taken by the key's element when it is shown. */
  private readonly absent = new Map<string, Finding[]>();
  private readonly taken = new Set<Finding>();

  constructor(private readonly result: LintResult) {
    this.lineStarts = result.parsed.lineCounter.lineStarts;
    for (const [finding, path] of result.missing ?? []) {
      const key = path[0];
      if (typeof key !== 'string') continue;
      const list = this.absent.get(key);
      if (list) list.push(finding);
      else this.absent.set(key, [finding]);
    }
  }

  /** Whether a finding is about this top-level key being absent: its section is shown to hold it. */
  missing(key: string): boolean {
    return this.absent.has(key);
  }

  /** Whether the document has a node at the path. */
  has(path: Path): boolean {
    return this.span(path) !== undefined;
  }

  /** 0-based line the editor should reveal for the node at `path` (its key when it has one). */
  line(path: Path): number {
    return locate(this.result.parsed, path, 'key').start.line;
  }

  /**
   * Registers the node at `path` and returns the attributes for its element: its data-line and
   * a placeholder for the finding classes. `inner()` gives the placeholder for the finding list.
   */
  open(path: Path): { attrs: (cls: string) => string; list: string } {
    const span = this.span(path);
    const absent = !span && path.length === 1 && typeof path[0] === 'string' ? this.absent.get(path[0]) : undefined;
    if (absent) {
      // Not in the document: no offsets to sweep, no line to reveal; its findings are its own.
      const id = this.slots.push({ start: -1, end: -1, findings: absent.filter((f) => !this.taken.has(f)) }) - 1;
      for (const f of absent) this.taken.add(f);
      return { attrs: (cls) => `class="${cls} missing-section<!--ry:${id}:class-->"`, list: `<!--ry:${id}:list-->` };
    }
    if (!span) return { attrs: (cls) => `class="${cls}"`, list: '' };
    const id = this.slots.push({ start: span[0], end: span[1], findings: [] }) - 1;
    return {
      attrs: (cls) => `class="${cls}<!--ry:${id}:class-->" data-line="${this.line(path)}"`,
      list: `<!--ry:${id}:list-->`,
    };
  }

  /**
   * Fills the placeholders; returns the findings that fit no rendered element. Rendered elements
   * nest like the YAML they show, so one sweep in offset order with a stack of the open elements
   * finds each finding's innermost element: O((findings + elements) · log), not their product.
   */
  fill(html: string): { html: string; unplaced: Finding[] } {
    const unplaced: Finding[] = [];
    // Outer before inner; of two equal spans the later one (as before: the last of the smallest wins).
    const order = this.slots.map((_, i) => i).filter((i) => this.slots[i]!.start >= 0).sort((a, b) => this.slots[a]!.start - this.slots[b]!.start || this.slots[b]!.end - this.slots[a]!.end || a - b);
    const found = this.result.findings.map((f, i) => ({ f, i, at: this.offset(f.range.start.line, f.range.start.character) })).filter(({ f }) => !this.taken.has(f));
    found.sort((a, b) => a.at - b.at || a.i - b.i);
    const placed: (Slot | undefined)[] = new Array(found.length);
    const open: Slot[] = [];
    let next = 0;
    for (const { i, at } of found) {
      while (next < order.length && this.slots[order[next]!]!.start <= at) {
        const s = this.slots[order[next++]!]!;
        while (open.length && open.at(-1)!.end < s.start) open.pop();
        open.push(s);
        renderStats.steps++;
      }
      while (open.length && open.at(-1)!.end < at) {
        open.pop();
        renderStats.steps++;
      }
      placed[i] = open.at(-1);
      renderStats.steps++;
    }
    this.result.findings.forEach((f, i) => {
      if (this.taken.has(f)) return;
      const best = placed[i];
      if (best) best.findings.push(f);
      else unplaced.push(f);
    });
    const out = html.replace(/<!--ry:(\d+):(class|list)-->/g, (_, id: string, what: string) => {
      const slot = this.slots[Number(id)]!;
      if (!slot.findings.length) return '';
      if (what === 'class') return ` has-findings has-${worst(slot.findings)}`;
      return findingList(slot.findings);
    });
    return { html: out, unplaced };
  }

  private offset(line: number, character: number): number {
    return (this.lineStarts[line] ?? this.result.parsed.text.length) + character;
  }

  /** Offsets of a node, from its key (when it is a mapping's value) to the end of its value. */
  private span(path: Path): [number, number] | undefined {
    const hit = path.length ? nodeAtPath(this.result.parsed.doc.contents as Node | null, path) : undefined;
    if (!hit) return undefined;
    const key = hit.pair?.key as Node | undefined;
    const start = key ? key.range?.[0] : hit.node?.range?.[0];
    const end = hit.node?.range?.[1] ?? key?.range?.[1];
    return start === undefined || end === undefined ? undefined : [start, end];
  }
}

export function worst(findings: readonly Finding[]): Finding['severity'] {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
}

export function severityClass(severity: string): string {
  return (SEVERITY_ORDER as readonly string[]).includes(severity) ? severity : 'info';
}

/** One finding as a list item that reveals its own line when clicked. */
export function findingItem(f: Finding): string {
  const sev = severityClass(f.severity);
  return (
    `<li class="finding severity-${sev}" data-line="${f.range.start.line}">` +
    `<span class="finding-severity">${sev}</span> <code class="finding-rule">${escapeHtml(f.rule)}</code> ` +
    `<span class="finding-message">${escapeHtml(f.message)}</span>` +
    `<span class="finding-where">line ${f.range.start.line + 1}</span></li>`
  );
}

export function findingList(findings: readonly Finding[]): string {
  return `<ul class="findings">${findings.map(findingItem).join('')}</ul>`;
}
