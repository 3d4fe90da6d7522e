// Draws the extension's icon (media/icon.png, 128×128) so it is regenerated, never hand-edited:
// a sheet of paper with three lines of text and a check mark, in plain RGBA written as a PNG.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const S = 128;
const px = new Uint8Array(S * S * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= S || y >= S) return;
  px.set([r, g, b, a], (y * S + x) * 4);
};
const rect = (x0, y0, x1, y1, c) => { for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c); };
const roundRect = (x0, y0, x1, y1, r, c) => {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + r - x - 0.5, 0, x + 0.5 - (x1 - r));
      const dy = Math.max(y0 + r - y - 0.5, 0, y + 0.5 - (y1 - r));
      if (dx * dx + dy * dy <= r * r) set(x, y, c);
    }
};
const line = (x0, y0, x1, y1, w, c) => {
  const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n, y = y0 + ((y1 - y0) * i) / n;
    for (let oy = -w; oy <= w; oy++) for (let ox = -w; ox <= w; ox++) if (ox * ox + oy * oy <= w * w) set(Math.round(x + ox), Math.round(y + oy), c);
  }
};

roundRect(4, 4, 124, 124, 22, [37, 99, 170]); // tile
roundRect(28, 18, 100, 110, 8, [250, 250, 247]); // sheet
for (const [y, w] of [[38, 52], [54, 44], [70, 48]]) rect(40, y, 40 + w, y + 6, [150, 160, 175]);
roundRect(62, 74, 118, 122, 24, [46, 160, 90]); // badge
line(76, 98, 86, 108, 3, [255, 255, 255]);
line(86, 108, 104, 86, 3, [255, 255, 255]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) Buffer.from(px.subarray(y * S * 4, (y + 1) * S * 4)).copy(raw, y * (S * 4 + 1) + 1);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
