import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { detectFileType } from '../../backend/attachments/detect-file-type';

/** A page taken from a file: an image converted to PNG, or a page of a PDF kept as it is. */
export type ImportedPage =
  | { kind: 'image'; file: string; width: number; height: number; dpi: number | null; label: string }
  | { kind: 'pdf'; file: string; pageIndex: number; width: number; height: number; label: string };

export const IMPORT_TYPES_MESSAGE = 'Berkas yang dapat diimpor sebagai halaman pindaian: PDF, JPEG, PNG, dan TIFF.';
const DAMAGED = (name: string) => `Berkas "${name}" rusak atau tidak dapat dibaca sebagai gambar/PDF.`;
/** A page bigger than this (≈ A3 at 600 dpi) is a poster, not a letter: refused before decoding. */
const MAX_PIXELS = 7016 * 9933;

/**
 * Turns a PDF, JPEG, PNG or TIFF into session pages in `outDir`. Images are converted to PNG
 * by sharp (turned upright by their EXIF orientation; a multi-page TIFF gives one page per
 * frame); a PDF is copied once and its pages are kept as PDF pages, so text and vector
 * drawings stay sharp in the saved document. `stem` names the written files.
 */
export async function importFile(bytes: Uint8Array, fileName: string, outDir: string, stem: string): Promise<ImportedPage[] | { problem: string }> {
  const detected = detectFileType(bytes, fileName);
  if (!detected.ok) return { problem: detected.message };
  const shown = path.basename(fileName.replace(/\\/g, '/'));
  try {
    if (detected.mimeType === 'application/pdf') return await importPdf(bytes, shown, outDir, stem);
    if (['image/png', 'image/jpeg', 'image/tiff'].includes(detected.mimeType)) return await importImage(bytes, shown, outDir, stem);
  } catch {
    return { problem: DAMAGED(shown) };
  }
  return { problem: IMPORT_TYPES_MESSAGE };
}

async function importPdf(bytes: Uint8Array, shown: string, outDir: string, stem: string): Promise<ImportedPage[] | { problem: string }> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    if (error instanceof Error && /encrypt/i.test(error.message)) {
      return { problem: `PDF "${shown}" dikunci dengan kata sandi. Buka kuncinya dahulu, lalu impor lagi.` };
    }
    return { problem: DAMAGED(shown) };
  }
  const count = doc.getPageCount();
  if (count === 0) return { problem: `PDF "${shown}" tidak berisi halaman.` };
  const file = path.join(outDir, `${stem}.pdf`);
  await fs.writeFile(file, bytes);
  return doc.getPages().map((page, pageIndex) => {
    const { width, height } = page.getSize();
    return { kind: 'pdf' as const, file, pageIndex, width: Math.round(width), height: Math.round(height), label: count > 1 ? `${shown} hal. ${pageIndex + 1}` : shown };
  });
}

async function importImage(bytes: Uint8Array, shown: string, outDir: string, stem: string): Promise<ImportedPage[] | { problem: string }> {
  const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  const frames = meta.format === 'tiff' ? (meta.pages ?? 1) : 1;
  const pages: ImportedPage[] = [];
  for (let frame = 0; frame < frames; frame++) {
    const file = path.join(outDir, `${stem}-${String(frame + 1).padStart(3, '0')}.png`);
    const info = await sharp(bytes, { page: frame, limitInputPixels: MAX_PIXELS }).rotate().png({ compressionLevel: 6 }).toFile(file);
    const frameMeta = frame === 0 ? meta : await sharp(bytes, { page: frame }).metadata();
    pages.push({
      kind: 'image',
      file,
      width: info.width,
      height: info.height,
      dpi: densityDpi(frameMeta.density),
      label: frames > 1 ? `${shown} hal. ${frame + 1}` : shown,
    });
  }
  return pages;
}

/** sharp reports density in dots per inch; a camera's 72 is no scan resolution. */
function densityDpi(density: number | undefined): number | null {
  return density && density >= 75 && density <= 2400 ? Math.round(density) : null;
}
