import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';

/**
 * Decodes the QR code on one page of a PDF with a real decoder (jsQR, the library the
 * scanner integration reads returned letters with), from the page rendered at `dpi`.
 * Returns its text and its corners in points (origin top left), or null when none is found.
 * (The finder-pattern reader of test/support/qr-reader.ts compares against an expected
 * matrix and can mistake a run of data modules for a finder pattern; a decoder cannot.)
 */
export function decodePageQr(pdf: Buffer, page: number, dpi = 216): { text: string; topLeft: { x: number; y: number }; bottomRight: { x: number; y: number } } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-aduan-jsqr-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file], { maxBuffer: 1 << 28 });
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not return a PPM image');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const rgb = ppm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0, j = 0; i < width * height; i++, j += 3) {
      rgba[i * 4] = rgb[j] ?? 255;
      rgba[i * 4 + 1] = rgb[j + 1] ?? 255;
      rgba[i * 4 + 2] = rgb[j + 2] ?? 255;
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
    if (!code) return null;
    const pt = (v: number) => (v * 72) / dpi;
    const { topLeftCorner: tl, bottomRightCorner: br } = code.location;
    return { text: code.data, topLeft: { x: pt(tl.x), y: pt(tl.y) }, bottomRight: { x: pt(br.x), y: pt(br.y) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
