import {
  concatTransformationMatrix,
  degrees,
  drawObject,
  PageSizes,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  type PDFPage,
} from 'pdf-lib';
import type { Sharp } from 'sharp';
import type { ColourMode } from '../../../shared/scanning/scanning';
import { loadPdf, pictureOf } from './page-pictures';
import type { SessionPage } from './scan-session';

/** How a page's picture is stored: 1-bit for text, JPEG for grey and colour. */
export type PageEncoding = 'bilevel' | 'grey' | 'colour';

export interface ScanPdfInfo {
  title: string;
  author: string;
  createdAt: Date;
}

const [A4_WIDTH, A4_HEIGHT] = PageSizes.A4;
const JPEG_QUALITY = 75;

/**
 * One PDF of the session's pages, in their order and turn. Every scanned picture sits on an A4
 * page (landscape when the picture is wider than tall) — at its true size when its resolution
 * is known and it fits, else scaled to fit — and is stored small: black-and-white text as a
 * 1-bit image (Flate, a few kB per page), grey and colour as JPEG. Pages imported from a PDF
 * are copied as they are, text and all. A page's turn is the page's /Rotate, so nothing is
 * re-encoded to rotate it.
 */
export async function buildScanPdf(pages: SessionPage[], pdfs: Map<string, Promise<PDFDocument>>, info: ScanPdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setCreator('Meja Aduan');
  doc.setProducer('Meja Aduan (pdf-lib)');
  doc.setCreationDate(info.createdAt);
  doc.setModificationDate(info.createdAt);

  for (const page of pages) {
    if (page.source.kind === 'pdf') {
      const sourceDoc = await loadPdf(pdfs, page.source.file);
      const [copied] = await doc.copyPages(sourceDoc, [page.source.pageIndex]);
      const added = doc.addPage(copied!);
      added.setRotation(degrees((added.getRotation().angle + page.rotation) % 360));
      continue;
    }
    const picture = (await pictureOf(page.source, pdfs))!;
    const encoding = page.colourMode ? ENCODING_OF_MODE[page.colourMode] : await classify(picture.clone());
    const landscape = page.width > page.height;
    const pdfPage = doc.addPage(landscape ? [A4_HEIGHT, A4_WIDTH] : [A4_WIDTH, A4_HEIGHT]);
    const box = placement(page, pdfPage);
    if (encoding === 'bilevel') {
      drawBilevel(doc, pdfPage, await bilevelSamples(picture), page.width, page.height, box);
    } else {
      const jpeg = await picture
        .flatten({ background: '#ffffff' })
        .toColourspace(encoding === 'grey' ? 'b-w' : 'srgb')
        .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
        .toBuffer();
      pdfPage.drawImage(await doc.embedJpg(jpeg), box);
    }
    pdfPage.setRotation(degrees(page.rotation));
  }
  return doc.save({ useObjectStreams: true });
}

const ENCODING_OF_MODE: Record<ColourMode, PageEncoding> = { 'hitam-putih': 'bilevel', 'abu-abu': 'grey', warna: 'colour' };

/** Where the picture goes on its A4 page (points, origin bottom left). */
function placement(page: SessionPage, pdfPage: PDFPage): { x: number; y: number; width: number; height: number } {
  const { width: pw, height: ph } = pdfPage.getSize();
  const trueWidth = page.dpi ? (page.width / page.dpi) * 72 : Infinity;
  const trueHeight = page.dpi ? (page.height / page.dpi) * 72 : Infinity;
  // A scan of the whole glass is a hair over A4; 3 % of slack keeps it at true size.
  if (trueWidth <= pw * 1.03 && trueHeight <= ph * 1.03) {
    const scale = Math.min(1, pw / trueWidth, ph / trueHeight);
    const width = trueWidth * scale;
    const height = trueHeight * scale;
    // Top left, where the paper lies on the glass.
    return { x: 0, y: ph - height, width, height };
  }
  const scale = Math.min(pw / page.width, ph / page.height);
  const width = page.width * scale;
  const height = page.height * scale;
  return { x: (pw - width) / 2, y: (ph - height) / 2, width, height };
}

/**
 * Whether an imported picture is text on paper, a grey page or a colour one, from a small
 * copy: colour when a visible share of pixels differs between channels; bilevel when nearly
 * every pixel is close to black or white.
 */
export async function classify(picture: Sharp): Promise<PageEncoding> {
  const { data, info } = await picture
    .flatten({ background: '#ffffff' })
    .resize({ width: 400, height: 400, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = info.width * info.height;
  let coloured = 0;
  let middle = 0;
  for (let i = 0; i < pixels; i++) {
    const r = data[i * info.channels]!;
    const g = data[i * info.channels + 1]!;
    const b = data[i * info.channels + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    const grey = (r + g + b) / 3;
    if (grey > 50 && grey < 205) middle++;
  }
  if (coloured > pixels * 0.01) return 'colour';
  return middle < pixels * 0.03 ? 'bilevel' : 'grey';
}

/** The picture as 1-bit rows (1 = white, as DeviceGray reads them), each row padded to a byte. */
async function bilevelSamples(picture: Sharp): Promise<Uint8Array> {
  const { data, info } = await picture.flatten({ background: '#ffffff' }).greyscale().threshold(128).raw().toBuffer({ resolveWithObject: true });
  const stride = Math.ceil(info.width / 8);
  const packed = new Uint8Array(stride * info.height);
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * info.channels]! < 128) continue;
      const at = y * stride + (x >> 3);
      packed[at] = packed[at]! | (0x80 >> (x & 7));
    }
  }
  return packed;
}

// pdf-lib embeds every PNG as 8-bit RGB; a 1-bit image is written by hand, ten times smaller.
function drawBilevel(doc: PDFDocument, page: PDFPage, samples: Uint8Array, width: number, height: number, box: { x: number; y: number; width: number; height: number }): void {
  const stream = doc.context.flateStream(samples, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
  });
  const name = page.node.newXObject('Scan', doc.context.register(stream));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(box.width, 0, 0, box.height, box.x, box.y),
    drawObject(name),
    popGraphicsState(),
  );
}
