import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';

/**
 * The picture of one page of a scanned PDF, ready for OCR (PNG bytes, upright).
 *
 * A scan saved by the app is one image per page (JPEG for photos, raw pixels compressed
 * with Flate for line art, as pdf-lib embeds a PNG), so the image is taken out of the PDF
 * as it is — no PDF renderer is needed, which Windows PCs do not have. A page without
 * such an image (a PDF made by a word processor, a copier's CCITT/JBIG2 scan) is rendered
 * with poppler's `pdftoppm` where it is installed (Linux, macOS).
 */

export class PageImageError extends Error {}

interface PageImage {
  bytes: Buffer;
  /** 'jpeg' as stored, or raw 8-bit pixels with this many channels. */
  format: 'jpeg' | { channels: 1 | 3; width: number; height: number };
  pixels: number;
}

const nameOf = (dict: PDFDict, key: string) => dict.lookup(PDFName.of(key))?.toString();

/** The filters of a stream, outermost first ("/FlateDecode"). */
function filters(dict: PDFDict): string[] {
  const f = dict.lookup(PDFName.of('Filter'));
  if (f instanceof PDFArray) return f.asArray().map((x) => x.toString());
  return f ? [f.toString()] : [];
}

function numberOf(dict: PDFDict, key: string): number {
  const n = dict.lookup(PDFName.of(key));
  return n instanceof PDFNumber ? n.asNumber() : 0;
}

/** The image XObjects a page draws, as far as they can be decoded without a renderer. */
function pageImages(page: PDFPage): PageImage[] {
  const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict)) return [];
  const images: PageImage[] = [];
  for (const key of xobjects.keys()) {
    const stream = xobjects.lookup(key);
    if (!(stream instanceof PDFRawStream) || nameOf(stream.dict, 'Subtype') !== '/Image') continue;
    const width = numberOf(stream.dict, 'Width');
    const height = numberOf(stream.dict, 'Height');
    const chain = filters(stream.dict);
    if (chain.length === 1 && chain[0] === '/DCTDecode') {
      images.push({ bytes: Buffer.from(stream.contents), format: 'jpeg', pixels: width * height });
      continue;
    }
    const space = nameOf(stream.dict, 'ColorSpace');
    const channels = space === '/DeviceRGB' ? 3 : space === '/DeviceGray' ? 1 : 0;
    // Only plain Flate without a predictor (what pdf-lib writes); anything else goes to pdftoppm.
    if (chain.length === 1 && chain[0] === '/FlateDecode' && !stream.dict.has(PDFName.of('DecodeParms'))
      && channels > 0 && numberOf(stream.dict, 'BitsPerComponent') === 8) {
      const bytes = inflateSync(stream.contents);
      if (bytes.length === width * height * channels) {
        images.push({ bytes, format: { channels: channels as 1 | 3, width, height }, pixels: width * height });
      }
    }
  }
  return images;
}

/** Renders a page with poppler, when installed; null otherwise. */
function renderWithPoppler(pdf: Uint8Array, pageNo: number, dpi: number): Buffer | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-aduan-ocr-'));
  try {
    const file = path.join(dir, 'scan.pdf');
    writeFileSync(file, pdf);
    const out = path.join(dir, 'page');
    const r = spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo), '-gray', '-png', '-singlefile', file, out]);
    return r.status === 0 ? readFileSync(out + '.png') : null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A loaded scan, read once for all its pages. */
export class ScannedPdf {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly doc: PDFDocument,
  ) {}

  static async load(bytes: Uint8Array): Promise<ScannedPdf> {
    try {
      return new ScannedPdf(bytes, await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true }));
    } catch {
      throw new PageImageError('Berkas pindaian tidak dapat dibaca sebagai PDF.');
    }
  }

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  /** Page `pageNo` (from 1) as upright greyscale PNG bytes. */
  async pageImage(pageNo: number): Promise<Buffer> {
    if (pageNo < 1 || pageNo > this.pageCount) throw new PageImageError(`Halaman ${pageNo} tidak ada di berkas pindaian.`);
    const page = this.doc.getPage(pageNo - 1);
    // The largest picture is the scan; small ones are stamps or logos laid over it.
    const image = pageImages(page).sort((a, b) => b.pixels - a.pixels)[0];
    if (!image) {
      // Poppler applies the page's /Rotate itself.
      const rendered = renderWithPoppler(this.bytes, pageNo, 300);
      if (rendered) return rendered;
      throw new PageImageError(`Halaman ${pageNo} tidak berisi gambar pindaian yang dapat dibaca OCR.`);
    }
    const input = image.format === 'jpeg' ? sharp(image.bytes) : sharp(image.bytes, { raw: image.format });
    // A page turned in the scan dialog keeps its pixels and gets /Rotate: turn the picture the same way.
    const angle = ((page.getRotation().angle % 360) + 360) % 360;
    return input.rotate(angle).toColourspace('b-w').png().toBuffer();
  }
}
