#!/usr/bin/env node
// Writes assets/icon-{16,32,64,80}.png: a brand-blue rounded tile with three white audit bars.
// Plain zlib + a CRC table so the icons need no image dependency; rerun after changing the design.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189, 255]; // Fluent brand #0F6CBD
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (rows of [r,g,b,a]) as a PNG. */
function encodePng(size, pixelAt) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixelAt(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function iconPixel(size) {
  const r = Math.max(2, Math.round(size / 6)); // corner radius
  const unit = size / 16;
  // Three bars rising left to right, in 16-px design units: [x0, x1, top]; bottoms at 12.5.
  const bars = [[3, 5.5, 8], [6.75, 9.25, 5.5], [10.5, 13, 3]];
  return (x, y) => {
    const cx = Math.min(x, size - 1 - x);
    const cy = Math.min(y, size - 1 - y);
    if (cx < r && cy < r && (r - cx - 0.5) ** 2 + (r - cy - 0.5) ** 2 > r * r) return CLEAR;
    const ux = (x + 0.5) / unit;
    const uy = (y + 0.5) / unit;
    return bars.some(([x0, x1, top]) => ux >= x0 && ux < x1 && uy >= top && uy < 12.5) ? WHITE : BLUE;
  };
}

function makeIcons(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return SIZES.map((size) => {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, iconPixel(size)));
    return file;
  });
}

module.exports = { encodePng, makeIcons, SIZES };

if (require.main === module) {
  for (const file of makeIcons(path.join(__dirname, '..', 'assets'))) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
