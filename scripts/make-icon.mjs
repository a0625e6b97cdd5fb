#!/usr/bin/env node
// Draws images/icon.png (128x128, the extension's Marketplace icon): a green shield with a white check
// mark on a navy rounded square. Plain Node (zlib for the PNG's deflate stream), no image libraries,
// so the icon can be regenerated anywhere: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the edges
const NAVY = [27, 42, 74];
const GREEN = [63, 182, 139];
const WHITE = [255, 255, 255];

function inRoundedSquare(x, y) {
  const r = 22;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inShield(x, y) {
  const top = 22;
  const shoulder = 64;
  const tip = 110;
  if (y < top || y > tip) return false;
  const half = 36;
  const width = y <= shoulder ? half : half * Math.cos(((y - shoulder) / (tip - shoulder)) * (Math.PI / 2));
  // Slightly rounded top corners.
  if (y < top + 6 && Math.abs(x - 64) > half - 6) return (Math.abs(x - 64) - (half - 6)) ** 2 + (y - (top + 6)) ** 2 <= 36;
  return Math.abs(x - 64) <= width;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x, y) {
  const a = [44, 66];
  const b = [58, 80];
  const c = [86, 48];
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) <= 6;
}

/** Colour and coverage of one sample point. */
function sample(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (inShield(x, y)) return inCheck(x, y) ? WHITE : GREEN;
  return NAVY;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 (None), then RGBA
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        covered++;
      }
    }
    const o = 1 + px * 4;
    if (covered > 0) {
      row[o] = Math.round(r / covered);
      row[o + 1] = Math.round(g / covered);
      row[o + 2] = Math.round(b / covered);
      row[o + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
writeFileSync(out, png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
