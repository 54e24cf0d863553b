import { promises as fs } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import sharp, { type Sharp } from 'sharp';
import { pageImage } from '../../devices/scanner/pdf-page-image';
import type { PageSource } from './scan-session';

/** Thumbnails fit this box (A4's proportions), small enough to send dozens per poll. */
export const THUMBNAIL_BOX = { width: 140, height: 198 };

/** The parsed PDF of an imported file, once per file. */
export function loadPdf(cache: Map<string, Promise<PDFDocument>>, file: string): Promise<PDFDocument> {
  let doc = cache.get(file);
  if (!doc) {
    doc = fs.readFile(file).then((bytes) => PDFDocument.load(bytes, { updateMetadata: false }));
    cache.set(file, doc);
  }
  return doc;
}

/**
 * The picture of a page for sharp: the image file itself, or the image inside a PDF page.
 * Null for a PDF page that is not a scanned picture (text or drawings).
 */
export async function pictureOf(source: PageSource, pdfs: Map<string, Promise<PDFDocument>>): Promise<Sharp | null> {
  if (source.kind === 'image') return sharp(source.file);
  const image = pageImage(await loadPdf(pdfs, source.file), source.pageIndex);
  if (!image) return null;
  return image.kind === 'encoded' ? sharp(image.bytes) : sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
}

/** A small PNG as a data URL, unrotated (the screen turns it). */
export async function thumbnailOf(source: PageSource, pdfs: Map<string, Promise<PDFDocument>>, label: string): Promise<string> {
  const picture = await pictureOf(source, pdfs).catch(() => null);
  const png = picture
    ? await picture.resize({ ...THUMBNAIL_BOX, fit: 'inside', withoutEnlargement: true }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9, palette: true }).toBuffer()
    : await placeholder(source.kind === 'pdf' ? `PDF hal. ${source.pageIndex + 1}` : label);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page-shaped card naming the page, for PDF pages without a picture to show. */
function placeholder(text: string): Promise<Buffer> {
  const { width, height } = THUMBNAIL_BOX;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#ffffff" stroke="#8a94a6"/>
    ${[0.3, 0.38, 0.46, 0.54].map((y) => `<rect x="20" y="${Math.round(height * y)}" width="${width - 40}" height="5" fill="#d5dae3"/>`).join('')}
    <text x="${width / 2}" y="${Math.round(height * 0.75)}" font-family="sans-serif" font-size="14" text-anchor="middle" fill="#3b4559">${escapeXml(text.slice(0, 18))}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
