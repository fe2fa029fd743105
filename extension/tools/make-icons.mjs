// Draws Candor's icons (a blue rounded square with a white open ring) as PNGs.
// Run once with `node tools/make-icons.mjs`; the PNGs are committed under src/icons.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

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
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const S = 4; // supersampling
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let bg = 0; let ring = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const u = (x + (sx + 0.5) / S) / size; const v = (y + (sy + 0.5) / S) / size;
        const r = 0.2; const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0); const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
        if (dx * dx + dy * dy <= r * r) {
          bg++;
          const d = Math.hypot(u - 0.5, v - 0.5); const ang = Math.atan2(v - 0.5, u - 0.5);
          if (d > 0.2 && d < 0.32 && Math.abs(ang) > 0.75) ring++;
        }
      }
      const a = bg / (S * S); const w = ring / Math.max(bg, 1);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      px[o] = Math.round(0x18 + (255 - 0x18) * w);
      px[o + 1] = Math.round(0x64 + (255 - 0x64) * w);
      px[o + 2] = Math.round(0xab + (255 - 0xab) * w);
      px[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../src/icons/icon${size}.png`, import.meta.url), icon(size));
