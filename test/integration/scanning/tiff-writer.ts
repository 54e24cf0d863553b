/**
 * A minimal multi-page TIFF (uncompressed 8-bit grey, one strip per page, with a resolution),
 * written by hand so the import test needs no ImageMagick: like a copier's multi-page scan.
 */
export function multiPageTiff(pages: { width: number; height: number; grey: number; dpi: number }[]): Buffer {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  chunks.push(header);
  const firstIfdOffsetAt = 4;
  let previousNextAt = firstIfdOffsetAt;
  let previousBuffer = header;
  for (const page of pages) {
    const pixels = Buffer.alloc(page.width * page.height, page.grey);
    const pixelsAt = offset;
    chunks.push(pixels);
    offset += pixels.length;
    const rationalAt = offset;
    const rational = Buffer.alloc(8);
    rational.writeUInt32LE(page.dpi, 0);
    rational.writeUInt32LE(1, 4);
    chunks.push(rational);
    offset += 8;
    const entries: [number, number, number, number][] = [
      [256, 4, 1, page.width], [257, 4, 1, page.height], [258, 3, 1, 8], [259, 3, 1, 1], [262, 3, 1, 1],
      [273, 4, 1, pixelsAt], [277, 3, 1, 1], [278, 4, 1, page.height], [279, 4, 1, pixels.length],
      [282, 5, 1, rationalAt], [283, 5, 1, rationalAt], [296, 3, 1, 2],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    previousBuffer.writeUInt32LE(offset, previousNextAt);
    chunks.push(ifd);
    previousBuffer = ifd;
    previousNextAt = ifd.length - 4;
    offset += ifd.length;
  }
  return Buffer.concat(chunks);
}
