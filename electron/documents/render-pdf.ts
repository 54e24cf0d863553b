import path from 'node:path';
// First: it must see PDFKit load (see font-parse-cache.ts).
import { fontFileBuffer } from './font-parse-cache';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { FONT_SANS, documentFonts, resolveFontsDir } from './fonts';

export const PDF_CREATOR = 'Meja Aduan';

const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Lays out and renders a pdfmake document to PDF bytes.
 *
 * Documents are built only from the database and the shipped fonts, so every other
 * resource is refused: no http(s) download (pdfmake would otherwise fetch URLs given as
 * fonts or images) and no local file outside the fonts folder (an image is only ever a
 * data URL, e.g. the office logo). The policies are set on every call because pdfmake's
 * Node entry is a process-wide instance.
 *
 * Sets the PDF's creator/producer to Meja Aduan and defaults the font to Liberation Sans;
 * title and author come from `docDefinition.info` (see `documentInfo`).
 */
export async function renderPdf(docDefinition: TDocumentDefinitions): Promise<Buffer> {
  const fontsDir = resolveFontsDir();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => isInside(fontsDir, file));
  const fonts = documentFonts(fontsDir);
  preloadFonts(fonts);
  pdfmake.setFonts(fonts);

  const doc: TDocumentDefinitions = {
    language: 'id-ID',
    ...docDefinition,
    defaultStyle: { font: FONT_SANS, ...docDefinition.defaultStyle },
    info: { ...docDefinition.info, creator: PDF_CREATOR, producer: PDF_CREATOR },
  };
  return pdfmake.createPdf(doc).getBuffer();
}

/**
 * Puts each font file into pdfmake's in-memory file system once per process: pdfmake then
 * hands PDFKit the same Buffer for every document, which lets the parsed font be reused
 * (font-parse-cache.ts), and no font file is read from disk per document.
 */
function preloadFonts(fonts: TFontDictionary): void {
  for (const faces of Object.values(fonts)) {
    for (const file of [faces.normal, faces.bold, faces.italics, faces.bolditalics]) {
      if (typeof file === 'string' && !pdfmake.virtualfs.existsSync(file)) pdfmake.virtualfs.writeFileSync(file, fontFileBuffer(file));
    }
  }
}

/** PDF metadata: the title, and the office (its own name line, the last one) as author. */
export function documentInfo(title: string, officeNameLines: readonly string[], createdAt: Date) {
  return {
    title,
    author: officeNameLines.at(-1) ?? '',
    creationDate: createdAt,
  };
}
