import * as zlib from 'zlib';
import { DeflatePieces } from '../../src/xlsx/_lib/deflatePieces';

/** Runs texts through DeflatePieces and returns what a reader of the zip entry would see (it ends the stream itself). */
async function roundTrip(texts: string[], bytes?: Buffer): Promise<{ text: string; pieces: number; crc: number; size: number; compressed: number }> {
  const out: Buffer[] = [];
  const d = new DeflatePieces((b) => out.push(Buffer.from(b)));
  if (bytes) await d.addBytes(bytes);
  for (const t of texts) await d.add(t);
  await d.finish();
  const stream = Buffer.concat(out);
  return { text: zlib.inflateRawSync(stream).toString('utf8'), pieces: out.length, crc: d.crc, size: d.size, compressed: d.compressed };
}

describe('DeflatePieces', () => {
  it('makes one raw deflate stream of many pieces, with the CRC and sizes of the whole', async () => {
    // About 6 MB of rows with text of two and three UTF-8 bytes, so pieces end mid-row and the buffers are reused.
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c><v>Siân Ørsted — ${i} ✓</v></c></row>`);
    const got = await roundTrip(rows);
    const whole = Buffer.from(rows.join(''), 'utf8');
    expect(got.text).toBe(rows.join(''));
    expect(got.size).toBe(whole.length);
    expect(got.crc).toBe(zlib.crc32(whole));
    expect(got.compressed).toBeLessThan(whole.length / 4);
  });

  it('takes a text larger than a piece, and bytes, in order', async () => {
    const big = 'x'.repeat(3_000_000);
    const got = await roundTrip(['<a>', big, '</a>'], Buffer.from('head:'));
    expect(got.text).toBe(`head:<a>${big}</a>`);
  });

  it('writes only the final block for an empty part', async () => {
    const got = await roundTrip([]);
    expect(got).toMatchObject({ text: '', size: 0, crc: 0, compressed: 2 });
  });
});
