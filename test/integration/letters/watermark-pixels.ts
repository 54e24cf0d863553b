import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The KONSEP watermark is faint grey diagonal text, whose letters pdftotext scatters among
 * the lines it crosses: count the page-1 pixels of its shade instead (#8c8c8c at 16 % over
 * white ≈ 237) at 20 dpi. Black text anti-aliased at that size hardly lands in the band.
 */
export function watermarkPixels(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-wm-'));
  try {
    const file = path.join(dir, 'a.pdf');
    writeFileSync(file, pdf);
    const pgm = execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-gray', '-singlefile', file]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 50).toString('latin1'));
    return [...pgm.subarray(header?.[0].length ?? 0)].filter((v) => v >= 228 && v <= 246).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
