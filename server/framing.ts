import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const NEXT = Buffer.from('Content-Length:');
/** A header block longer than this is not a header: resynchronise. */
const MAX_HEADER = 8192;

/**
 * Stands between stdin and the JSON-RPC reader and passes well-framed messages through byte for
 * byte. A header block whose Content-Length is missing, not a whole number, or whose lines are not
 * `Name: value` would leave the reader out of step (it then takes the next message's header for
 * part of a body, and that message is lost): such a block, and everything up to the next
 * `Content-Length:`, is dropped instead, so only the malformed message is lost.
 */
export class FramingGuard extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** Body bytes still to pass through; -1 while reading a header. */
  private body = -1;
  /** Dropping bytes until the next `Content-Length:`. */
  private resync = false;
  dropped = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      if (this.body >= 0) {
        if (!this.buf.length) break;
        const n = Math.min(this.body, this.buf.length);
        this.push(this.buf.subarray(0, n));
        this.buf = this.buf.subarray(n);
        this.body -= n;
        if (this.body === 0) this.body = -1;
        continue;
      }
      if (this.resync) {
        const at = this.buf.indexOf(NEXT);
        if (at < 0) {
          this.buf = this.buf.subarray(Math.max(0, this.buf.length - NEXT.length + 1)); // may be the start of one
          break;
        }
        this.buf = this.buf.subarray(at);
        this.resync = false;
      }
      const end = this.buf.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buf.length > MAX_HEADER) this.skip(1);
        else break;
        continue;
      }
      const length = contentLength(this.buf.subarray(0, end).toString('ascii'));
      if (length === undefined) {
        this.skip(end + HEADER_END.length);
        continue;
      }
      this.push(this.buf.subarray(0, end + HEADER_END.length));
      this.buf = this.buf.subarray(end + HEADER_END.length);
      this.body = length;
      if (length === 0) this.body = -1;
    }
    done();
  }

  private skip(n: number): void {
    this.buf = this.buf.subarray(n);
    this.resync = true;
    this.dropped++;
  }
}

/** The Content-Length of a header block, or undefined when the block is malformed. */
function contentLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
      const v = line.slice(colon + 1).trim();
      if (!/^\d{1,9}$/.test(v)) return undefined;
      length = Number(v);
    }
  }
  return length;
}
