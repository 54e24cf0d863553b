import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Reads generated PDFs back with poppler-utils (pdftotext, pdftoppm, pdfinfo), so tests
 * check what a PDF viewer or printer would actually get, not pdfmake's input.
 */

/** Runs `fn` with the buffer written to a temporary PDF file, then removes it. */
function withPdfFile<T>(buffer: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-aduan-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, buffer);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of every page; pages are separated by a form feed (\f).
 * - 'layout' (default, `pdftotext -layout`): as on paper, a table row on one line;
 * - 'raw' (`-raw`): in the order the PDF draws it, so the lines of one table cell come out
 *   one after the other — fold the line breaks to read a wrapped value whole.
 */
export function pdfToText(buffer: Buffer, mode: 'layout' | 'raw' = 'layout'): string {
  return withPdfFile(buffer, (file) =>
    execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}

/** The text of each page separately. */
export function pdfPagesText(buffer: Buffer): string[] {
  const pages = pdfToText(buffer).split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Renders every page to `dir/page-N.png` and returns the paths in page order. */
export function pdfToPngs(buffer: Buffer, dir: string, dpi = 50): string[] {
  mkdirSync(dir, { recursive: true });
  withPdfFile(buffer, (file) => execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, 'page')]));
  // pdftoppm pads the page number to the page count's width (page-01.png …): sort numerically.
  const pageNumber = (name: string) => Number(/-(\d+)\.png$/.exec(name)?.[1] ?? Number.NaN);
  return readdirSync(dir)
    .filter((name) => /^page-\d+\.png$/.test(name))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((name) => path.join(dir, name));
}

export interface PdfPageSize {
  page: number;
  width: number;
  height: number;
}

/** Page count and each page's size in points, from `pdfinfo`. */
export function pdfPageSizes(buffer: Buffer): { pages: number; sizes: PdfPageSize[] } {
  return withPdfFile(buffer, (file) => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      page: Number(m[1]),
      width: Number(m[2]),
      height: Number(m[3]),
    }));
    return { pages, sizes };
  });
}

/** The document information dictionary (Title, Author, Creator …) from `pdfinfo`. */
export function pdfInfo(buffer: Buffer): Record<string, string> {
  return withPdfFile(buffer, (file) => {
    const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    const entries = out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', (m[2] ?? '').trim()] as const);
    return Object.fromEntries(entries);
  });
}

export interface PdfWordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPageWords {
  page: number;
  width: number;
  height: number;
  words: PdfWordBox[];
}

/** Every word with its bounding box in points (origin top left), from `pdftotext -bbox`. */
export function pdfWordBoxes(buffer: Buffer): PdfPageWords[] {
  const html = withPdfFile(buffer, (file) =>
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
  return html.split('<page ').slice(1).map((chunk, i) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({
        page: i + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5] ?? '',
      }),
    );
    return { page: i + 1, width: Number(size?.[1]), height: Number(size?.[2]), words };
  });
}

/** The embedded images (page, pixel width and height), from `pdfimages -list`. */
export function pdfImages(buffer: Buffer): { page: number; width: number; height: number }[] {
  const out = withPdfFile(buffer, (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && /^\d+$/.test(cols[0] ?? ''))
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

/**
 * Renders a rectangle of one page (in points, origin top left) at 72 dpi, so one pixel is
 * one point, and returns its RGB pixels. PPM output is trivial to parse without a PNG decoder.
 */
export function pdfRegionPixels(
  buffer: Buffer,
  page: number,
  box: { x: number; y: number; width: number; height: number },
): { width: number; height: number; rgb: Uint8Array } {
  const ppm = withPdfFile(buffer, (file) =>
    execFileSync('pdftoppm', [
      '-r', '72', '-f', String(page), '-l', String(page),
      '-x', String(Math.round(box.x)), '-y', String(Math.round(box.y)),
      '-W', String(Math.round(box.width)), '-H', String(Math.round(box.height)),
      '-singlefile', file,
    ]),
  );
  // Binary PPM: "P6\n<w> <h>\n<max>\n" then w*h*3 bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PPM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, rgb: new Uint8Array(ppm.subarray(header[0].length)) };
}

/**
 * How many separate dark lines a one-point-wide vertical strip of a page crosses between
 * `fromY` and `toY` (points from the top): the rules under a letterhead, say — two for the
 * double kop rule, one for the single.
 */
export function darkRunsDown(buffer: Buffer, page: number, x: number, fromY: number, toY: number): number {
  const strip = pdfRegionPixels(buffer, page, { x, y: fromY, width: 1, height: toY - fromY });
  let runs = 0;
  for (let y = 0; y < strip.height; y++) {
    const dark = (strip.rgb[y * 3] ?? 255) < 128;
    const above = y > 0 && (strip.rgb[(y - 1) * 3] ?? 255) < 128;
    if (dark && !above) runs++;
  }
  return runs;
}
