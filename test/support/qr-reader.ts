import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';

// Reading a QR code back from a rendered PDF page (receipt, lembar disposisi). Rendered at 288 dpi in grey; the three finder patterns
// (1:1:3:1:1 dark/light runs both ways) give the grid, every module is sampled at its
// centre, and the matrix is compared with what the `qrcode` package encodes for the
// expected content with each of the eight masks: an exact match is a decode.

interface Gray { width: number; height: number; px: Uint8Array }

function renderGray(pdf: Buffer, dpi: number, page: number): Gray {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-aduan-qr-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const pgm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-singlefile', file], { maxBuffer: 1 << 28 });
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 50).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not return a PGM image');
    return { width: Number(header[1]), height: Number(header[2]), px: new Uint8Array(pgm.subarray(header[0].length)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isDark = (g: Gray, x: number, y: number) =>
  x >= 0 && y >= 0 && x < g.width && y < g.height && (g.px[Math.round(y) * g.width + Math.round(x)] ?? 255) < 128;

/** The five runs dark-light-DARK-light-dark through (x, y) along one axis, and the centre of the middle one. */
function runsThrough(g: Gray, x: number, y: number, horizontal: boolean) {
  const at = (t: number) => (horizontal ? isDark(g, x + t, y) : isDark(g, x, y + t));
  if (!at(0)) return null;
  let lo = 0;
  let hi = 0;
  while (lo > -200 && at(lo - 1)) lo--;
  while (hi < 200 && at(hi + 1)) hi++;
  const side = (dir: 1 | -1, start: number) => {
    const runs: number[] = [];
    let t = start;
    for (const dark of [false, true]) {
      let n = 0;
      while (n < 200 && at(t) === dark) { n++; t += dir; }
      if (n === 0) return null;
      runs.push(n);
    }
    return runs;
  };
  const before = side(-1, lo - 1);
  const after = side(1, hi + 1);
  if (!before || !after) return null;
  const runs = [before[1] ?? 0, before[0] ?? 0, hi - lo + 1, after[0] ?? 0, after[1] ?? 0];
  const unit = runs.reduce((a, b) => a + b, 0) / 7;
  const fits = unit >= 2 && runs.every((r, k) => Math.abs(r - [1, 1, 3, 1, 1][k]! * unit) <= unit * 0.6);
  return fits ? { unit, centre: (horizontal ? x : y) + (lo + hi) / 2 } : null;
}

/** Centres of the finder patterns on the page, with their module size in pixels. */
function finderPatterns(g: Gray) {
  const clusters: { x: number; y: number; unit: number; n: number }[] = [];
  for (let y = 0; y < g.height; y += 2) {
    for (let x = 1; x < g.width; x++) {
      if (!isDark(g, x, y) || isDark(g, x - 1, y)) continue;
      const h = runsThrough(g, x, y, true);
      const v = h && runsThrough(g, h.centre, y, false);
      if (!h || !v) continue;
      const near = clusters.find((c) => Math.hypot(c.x / c.n - h.centre, c.y / c.n - v.centre) < 3 * h.unit);
      if (near) Object.assign(near, { x: near.x + h.centre, y: near.y + v.centre, unit: near.unit + h.unit, n: near.n + 1 });
      else clusters.push({ x: h.centre, y: v.centre, unit: h.unit, n: 1 });
    }
  }
  return clusters.map((c) => ({ x: c.x / c.n, y: c.y / c.n, unit: c.unit / c.n }));
}

/** The QR code on `page` as a module matrix (1 = dark), and its side and top-left corner in points. */
export function readQrMatrix(pdf: Buffer, page = 1) {
  const dpi = 288;
  const g = renderGray(pdf, dpi, page);
  const finders = finderPatterns(g);
  if (finders.length !== 3) throw new Error(`Expected one QR code (3 finder patterns) on page ${page}, found ${finders.length} patterns`);
  const [tl, ...others] = [...finders].sort((a, b) => a.x + a.y - (b.x + b.y));
  const tr = others.reduce((a, b) => (b.x > a.x ? b : a));
  const bl = others.find((f) => f !== tr);
  if (!tl || !bl) throw new Error('finder patterns not in an L');
  const unit = (tl.unit + tr.unit + bl.unit) / 3;
  const size = Math.round((tr.x - tl.x) / unit) + 7;
  const stepX = (tr.x - tl.x) / (size - 7);
  const stepY = (bl.y - tl.y) / (size - 7);
  const modules: number[] = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) modules.push(isDark(g, tl.x + (c - 3) * stepX, tl.y + (r - 3) * stepY) ? 1 : 0);
  return { size, modules, sidePt: (size * unit * 72) / dpi, topLeftPt: { x: ((tl.x - 3.5 * unit) * 72) / dpi, y: ((tl.y - 3.5 * unit) * 72) / dpi } };
}

/** True when the matrix is exactly the byte-mode QR code of `content` at level Q with one of the eight masks. */
export function encodes(matrix: { size: number; modules: number[] }, content: string): boolean {
  const version = (matrix.size - 17) / 4;
  return [0, 1, 2, 3, 4, 5, 6, 7].some((mask) => {
    const qr = QRCode.create([{ data: Buffer.from(content, 'utf8'), mode: 'byte' }], {
      errorCorrectionLevel: 'Q',
      version,
      maskPattern: mask as QRCode.QRCodeMaskPattern,
    });
    return qr.modules.size === matrix.size && qr.modules.data.every((v, i) => (v ? 1 : 0) === matrix.modules[i]);
  });
}

export const HAS_ZBARIMG = spawnSync('zbarimg', ['--version']).status === 0;

/** What zbarimg reads from `page` rendered at `dpi`, or null when it finds no code. */
export function zbarDecode(pdf: Buffer, dpi: number, page = 1): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-aduan-zbar-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', file, path.join(dir, 'page')]);
    const out = spawnSync('zbarimg', ['--raw', '-q', path.join(dir, 'page.png')], { encoding: 'utf8' });
    return out.status === 0 ? out.stdout.trim() : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
