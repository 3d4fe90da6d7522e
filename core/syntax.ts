/**
 * The words every part of core uses for places in a text. Imports nothing, so that the parser,
 * the editor of YAML and the rules can all depend on it without depending on each other.
 */

/** A path into the document, e.g. ['improvements', 2, 'text']. */
export type Path = readonly (string | number)[];

/** Zero-based, like LSP; `character` counts UTF-16 code units. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type DocKind = 'review' | 'template';

/** A comment of the text: where it starts and what it says (with its `#`). */
export interface Comment { offset: number; text: string }
