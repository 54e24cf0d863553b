import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TesseractEngine, tesseractWorkerOptions } from '../../../electron/ocr/ocr-engine';
import { OCR_DATA_FILE, resolveOcrDataDir } from '../../../electron/ocr/ocr-language-data';
import { ScannedPdf } from '../../../electron/ocr/pdf-page-image';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { rasterise, renderTextPdf, scanPdf } from '../archive/scan-fixture';

const LETTER = [
  'Surat jawaban pengaduan masyarakat tentang bantuan koperasi',
  'Dengan hormat, menindaklanjuti pengaduan Saudara mengenai dana hibah Koperasi Maju Bersama, bersama ini kami sampaikan bahwa pencairan dijadwalkan pada bulan Desember.',
];

/** Words of `text`, lower case, for comparing OCR output without caring about line breaks. */
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

let dir: string;
/** A worker script that wraps tesseract.js's own and makes every fetch fail loudly. */
let offlineWorker: string;

beforeAll(() => {
  dir = makeTempDir('meja-ocr-');
  const realWorker = createRequire(path.join(process.cwd(), 'package.json')).resolve('tesseract.js/src/worker-script/node/index.js');
  offlineWorker = path.join(dir, 'offline-worker.cjs');
  // The worker takes `global.fetch` when it loads; a fetch would reject, and loading the
  // model (or the core) through it would fail the recognition below.
  writeFileSync(offlineWorker, `globalThis.fetch = async (url) => { throw new Error('Netzugriff verboten: ' + url); };\nrequire(${JSON.stringify(realWorker)});\n`);
});
afterAll(() => removeTempDir(dir));

/** Real OCR on a shared two-core machine: a page takes seconds. */
const OCR_TIMEOUT = 120_000;

describe('OCR engine (tesseract.js, Indonesian, offline)', () => {
  it('finds the shipped Indonesian model on disk and never points tesseract.js at a URL', () => {
    const dataDir = resolveOcrDataDir();
    expect(existsSync(path.join(dataDir, OCR_DATA_FILE))).toBe(true);
    expect(dataDir).toContain(path.join('@tesseract.js-data', 'ind', '4.0.0_best_int'));
    const options = tesseractWorkerOptions(dataDir);
    expect(options).toEqual({ langPath: dataDir, cachePath: dataDir, cacheMethod: 'none', gzip: true });
    expect(options.langPath).not.toMatch(/^[a-z]+:\/\//i);
  }, OCR_TIMEOUT);

  it('reads a rendered Indonesian letter scanned at 300 dpi, with fetch disabled in the worker', async () => {
    const pdf = await renderTextPdf([LETTER]);
    const [image] = rasterise(pdf, 300);
    const before = readdirSync(process.cwd());
    const engine = new TesseractEngine(resolveOcrDataDir(), offlineWorker);
    try {
      const { text, confidence } = await engine.recognize(image!);
      const found = words(text);
      for (const word of ['surat', 'jawaban', 'pengaduan', 'masyarakat', 'tentang', 'bantuan', 'koperasi', 'hibah', 'pencairan', 'desember']) {
        expect(found, word).toContain(word);
      }
      expect(confidence).toBeGreaterThan(70);
    } finally {
      await engine.terminate();
    }
    // cacheMethod 'none': no ind.traineddata copy left in the working directory.
    expect(readdirSync(process.cwd())).toEqual(before);
  }, OCR_TIMEOUT);

  it('takes the page pictures out of a scanned PDF (JPEG and PNG pages, a page turned in the dialog upright)', async () => {
    const pdf = await renderTextPdf([[LETTER[0]!], ['Tanda terima penyampaian jawaban'], ['Halaman diputar']]);
    const images = rasterise(pdf, 100);
    const scan = await ScannedPdf.load(await scanPdf(images, { rotate: { 3: 90 } }));
    expect(scan.pageCount).toBe(3);
    const sharp = (await import('sharp')).default;
    const scanned = await sharp(images[0]!).metadata();
    for (const page of [1, 2]) {
      const meta = await sharp(await scan.pageImage(page)).metadata();
      expect([meta.format, meta.width, meta.height, meta.channels], `halaman ${page}`).toEqual(['png', scanned.width, scanned.height, 1]);
    }
    // Stored sideways with /Rotate 90: the picture comes out upright, portrait like the others.
    const turned = await sharp(await scan.pageImage(3)).metadata();
    expect([turned.width, turned.height]).toEqual([scanned.width, scanned.height]);
    await expect(scan.pageImage(4)).rejects.toThrow('Halaman 4 tidak ada');
  }, OCR_TIMEOUT);
});
