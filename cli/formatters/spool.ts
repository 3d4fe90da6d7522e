// What a report must keep until the run ends, kept small: each item as a line of JSON, the lines
// deflated 64 KB at a time outside the JavaScript heap (a block read back is a short-lived string,
// not a large object that only a full collection frees). 65,000 findings of SARIF kept this way
// take a few MB where their objects took tens, and the heap does not grow with the repository.

/** Characters of JSON gathered before they are compressed together. */
const BLOCK = 1 << 15;

let zlib: typeof import('node:zlib') | undefined;
// Loaded on the first full block: a run on a few files never needs it.
const z = () => (zlib ??= require('node:zlib') as typeof import('node:zlib'));

/** A block deflated, and the length of its text in bytes. */
type Block = [packed: Buffer, bytes: number];

function pack(text: string): Block {
  const bytes = Buffer.from(text, 'utf8');
  // deflateRawSync answers with a view of its whole output buffer, which a kept view keeps whole:
  // a copy holds just the compressed bytes.
  return [Buffer.from(z().deflateRawSync(bytes, { level: 1 })), bytes.length];
}

/**
 * A block's text again, as a string. inflateRawSync's output lies outside the JavaScript heap,
 * where only a collection frees it, and reading blocks back allocates too little in the heap to
 * start one: blocks read back as Buffers piled up outside the heap until the run ended.
 * Made into a string at once, each block fills the young generation, whose collections free the
 * Buffers with the strings. The output buffer is one byte longer than the text, so that inflating
 * fills it without making a second one to find there is nothing more.
 */
function unpack([packed, bytes]: Block): string {
  return z().inflateRawSync(packed, { chunkSize: Math.max(bytes + 1, 64) }).toString('utf8');
}

export class Spool<T> {
  private readonly blocks: Block[] = [];
  private pending: string[] = [];
  private size = 0;
  /** Items added. */
  count = 0;

  add(item: T): void {
    // JSON.stringify writes a line break inside a string as \n, so each item is one line.
    const line = JSON.stringify(item);
    this.pending.push(line);
    this.size += line.length + 1;
    this.count++;
    if (this.size >= BLOCK) this.seal();
  }

  /** Bytes held compressed (tests, benchmarks). */
  get compressedBytes(): number {
    return this.blocks.reduce((n, [packed]) => n + packed.length, 0);
  }

  /** The items in the order they were added, each made again only when it is read. */
  *items(): Generator<T> {
    for (const block of this.blocks) yield* parseLines(unpack(block));
    if (this.pending.length) yield* parseLines(this.pending.join('\n'));
  }

  private seal(): void {
    this.blocks.push(pack(this.pending.join('\n')));
    this.pending = [];
    this.size = 0;
  }
}

function* parseLines<T>(text: string): Generator<T> {
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    yield JSON.parse(text.slice(from, to)) as T;
    from = to + 1;
  }
}

/**
 * Text kept the same way, for a format that renders each file at once but writes it only at the
 * end (JUnit): no JSON around it.
 */
export class TextSpool {
  private readonly blocks: Block[] = [];
  private pending: string[] = [];
  private size = 0;

  add(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= BLOCK) {
      this.blocks.push(pack(this.pending.join('')));
      this.pending = [];
      this.size = 0;
    }
  }

  /** The text in the order it was added, a block at a time, then what was not compressed yet. */
  *pieces(): Generator<string> {
    for (const block of this.blocks) yield unpack(block);
    if (this.pending.length) yield this.pending.join('');
  }
}
