// What a report must keep until the run ends, kept small: each item as a line of JSON, the lines
// deflated 64 KB at a time outside the JavaScript heap (a block read back is a short-lived string,
// not a large object that only a full collection frees). 65,000 findings of SARIF kept this way
// take a few MB where their objects took tens, and the heap does not grow with the repository.

/** Characters of JSON gathered before they are compressed together. */
const BLOCK = 1 << 15;

let zlib: typeof import('node:zlib') | undefined;
// Loaded on the first full block: a run on a few files never needs it.
const z = () => (zlib ??= require('node:zlib') as typeof import('node:zlib'));

export class Spool<T> {
  private readonly blocks: Buffer[] = [];
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
    return this.blocks.reduce((n, b) => n + b.length, 0);
  }

  /** The items in the order they were added, each made again only when it is read. */
  *items(): Generator<T> {
    for (const block of this.blocks) yield* parseLines(z().inflateRawSync(block).toString('utf8'));
    if (this.pending.length) yield* parseLines(this.pending.join('\n'));
  }

  private seal(): void {
    this.blocks.push(z().deflateRawSync(Buffer.from(this.pending.join('\n'), 'utf8'), { level: 1 }));
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
 * end (JUnit): no JSON around it, and each block read back is written as one piece.
 */
export class TextSpool {
  /** Each block, and the length of its text in bytes, so that it is read back into one buffer. */
  private readonly blocks: [Buffer, number][] = [];
  private pending: string[] = [];
  private size = 0;

  add(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= BLOCK) {
      const bytes = Buffer.from(this.pending.join(''), 'utf8');
      this.blocks.push([z().deflateRawSync(bytes, { level: 1 }), bytes.length]);
      this.pending = [];
      this.size = 0;
    }
  }

  /**
   * The text in the order it was added, a block at a time: as UTF-8 bytes, which are what is
   * written (no string made of them, no second copy to write), then what was not compressed yet.
   */
  *pieces(): Generator<Buffer | string> {
    for (const [block, bytes] of this.blocks) yield z().inflateRawSync(block, { chunkSize: Math.max(bytes, 64) });
    if (this.pending.length) yield this.pending.join('');
  }
}
