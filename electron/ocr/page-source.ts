import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { PageImageError, ScannedPdf } from './pdf-page-image';

/**
 * The pages of a stored file as OCR reads them: a PDF (a scan saved by the app, or a
 * complainant's PDF attached to a complaint) or a picture attached as it is — a photo of
 * a letter (JPEG, PNG) or a copier's TIFF, whose pages are the TIFF's pages. Pictures are
 * read straight from the attachment store, so an attachment is never stored a second
 * time as a PDF just to be read.
 */
export interface PageSource {
  readonly pageCount: number;
  /** Page `pageNo` (from 1) as upright greyscale PNG bytes. */
  pageImage(pageNo: number): Promise<Buffer>;
}

/** Whether the bytes are a PDF (the header may follow up to 1 KB of junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A picture (one page, or one per TIFF page). */
class ImagePages implements PageSource {
  constructor(
    private readonly bytes: Uint8Array,
    readonly pageCount: number,
  ) {}

  async pageImage(pageNo: number): Promise<Buffer> {
    if (pageNo < 1 || pageNo > this.pageCount) throw new PageImageError(`Halaman ${pageNo} tidak ada di berkas gambar.`);
    try {
      // rotate() without an angle turns a phone photo upright by its EXIF orientation.
      return await sharp(this.bytes, { page: pageNo - 1 }).rotate().toColourspace('b-w').png().toBuffer();
    } catch {
      throw new PageImageError(`Halaman ${pageNo} berkas gambar tidak dapat dibaca.`);
    }
  }
}

/** Opens a stored file for OCR; a file that is neither a PDF nor a picture fails with PageImageError. */
export async function loadPageSource(bytes: Uint8Array): Promise<PageSource> {
  if (isPdf(bytes)) return ScannedPdf.load(bytes);
  let pages: number;
  try {
    pages = (await sharp(bytes).metadata()).pages ?? 1;
  } catch {
    throw new PageImageError('Berkas tidak dapat dibaca sebagai PDF atau gambar.');
  }
  return new ImagePages(bytes, pages);
}

/** The size of each page as it reads (pixels; a PDF page at 300 dpi), for `scanned_pages`. */
export async function pageSizes(bytes: Uint8Array, limit: number): Promise<{ total: number; sizes: { width: number; height: number }[] }> {
  if (isPdf(bytes)) {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    const sizes = doc.getPages().slice(0, limit).map((page) => {
      const { width, height } = page.getSize();
      const turned = page.getRotation().angle % 180 !== 0;
      const [w, h] = [Math.round((width * 300) / 72), Math.round((height * 300) / 72)];
      return turned ? { width: h, height: w } : { width: w, height: h };
    });
    return { total: doc.getPageCount(), sizes };
  }
  const meta = await sharp(bytes).metadata();
  const total = meta.pages ?? 1;
  const sizes: { width: number; height: number }[] = [];
  for (let i = 0; i < Math.min(total, limit); i++) {
    const m = i === 0 ? meta : await sharp(bytes, { page: i }).metadata();
    // EXIF orientations 5–8 are a quarter turn: the page reads with width and height swapped.
    const turned = (m.orientation ?? 1) >= 5;
    const [w, h] = [m.width ?? 0, m.height ?? 0];
    sizes.push(turned ? { width: h, height: w } : { width: w, height: h });
  }
  return { total, sizes };
}
