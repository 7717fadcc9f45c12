import { CENTRAL, EOCD, LOCAL } from './zipEntries';

/**
 * Sets every entry's timestamp in a zip (an .xlsx) to one fixed DOS date and time, so the same content gives the same bytes.
 * @example stableZip(await workbook.xlsx.writeBuffer() as Buffer, new Date(Date.UTC(2026, 7, 28)))
 */
export function stableZip(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error('stableZip: not a zip (no end of central directory)');
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error('stableZip: bad central directory');
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) === LOCAL) {
      out.writeUInt16LE(dosTime, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
