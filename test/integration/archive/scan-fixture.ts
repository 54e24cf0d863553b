import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { PDFDocument, degrees } from 'pdf-lib';
import sharp from 'sharp';
import { AttachmentStore } from '../../../electron/backend/attachments/attachment-store';
import type { Database } from '../../../electron/db/database-schema';
import { indexScannedPage } from '../../../electron/db/search/scanned-text-search';
import { renderPdf } from '../../../electron/documents/render-pdf';
import { pdfToPngs } from '../../support/pdf-tools';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

/**
 * Scanned documents for the archive and OCR tests, made the way the scanner makes them:
 * real text typeset by pdfmake, rasterised by pdftoppm like a scanner's page image, put
 * into a PDF by pdf-lib (JPEG for a photo-like page, PNG for line art), stored in the
 * attachment store, and recorded in `scanned_documents` / `scanned_pages`.
 */

/** A4 pages with the given paragraphs in 14 pt, one array per page. */
export async function renderTextPdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [70, 70, 60, 60],
    defaultStyle: { fontSize: 14, lineHeight: 1.3 },
    content: pages.map((paragraphs, i) => ({
      stack: paragraphs.map((p) => ({ text: p, margin: [0, 0, 0, 10] })),
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    })),
  });
}

/** Page images as a scanner would deliver them: greyscale PNG at `dpi`. */
export function rasterise(pdf: Buffer, dpi: number): Buffer[] {
  const dir = makeTempDir('meja-scan-');
  try {
    return pdfToPngs(pdf, path.join(dir, 'pages'), dpi).map((file) => readFileSync(file));
  } finally {
    removeTempDir(dir);
  }
}

/**
 * One PDF page per image, A4, the image filling the page; odd pages JPEG, even pages PNG.
 * `rotate` gives pages that came out of the scanner sideways and were turned upright in
 * the scan dialog: the picture is stored sideways and the page carries /Rotate.
 */
export async function scanPdf(images: readonly Buffer[], options: { rotate?: Record<number, number> } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const [i, png] of images.entries()) {
    const turn = options.rotate?.[i + 1] ?? 0;
    const grey = sharp(png).rotate(-turn).greyscale();
    const embedded = i % 2 === 0 ? await doc.embedJpg(await grey.jpeg({ quality: 85 }).toBuffer()) : await doc.embedPng(await grey.png().toBuffer());
    const [w, h] = turn % 180 === 0 ? [595.28, 841.89] : [841.89, 595.28];
    const page = doc.addPage([w, h]);
    page.drawImage(embedded, { x: 0, y: 0, width: w, height: h });
    if (turn) page.setRotation(degrees(turn));
  }
  return doc.save();
}

async function blankPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

export interface SeededScan {
  id: number;
  sha256: string;
}

/**
 * Stores a scanned PDF and its rows. Pages wait for OCR ('menunggu') unless `texts` gives
 * them as already read, in which case they are written and indexed as the OCR queue does.
 */
export async function seedScan(
  db: Kysely<Database>,
  dataDir: string,
  options: { pdf?: Uint8Array; pageCount?: number; texts?: readonly string[]; complaintId?: number | null; fileName?: string; createdAt?: string },
): Promise<SeededScan> {
  const pdf: Uint8Array = options.pdf ?? (await blankPdf());
  const { sha256, size } = await new AttachmentStore(dataDir).put(pdf);
  const pageCount = options.texts?.length ?? options.pageCount ?? (await PDFDocument.load(pdf)).getPageCount();
  const complaintId = options.complaintId ?? null;
  const { id } = await db
    .insertInto('scanned_documents')
    .values({
      sha256, size, page_count: pageCount, source: 'berkas', device: '', dpi: 300,
      file_name: options.fileName ?? 'pindaian.pdf', created_by: 'Petugas Uji', created_at: options.createdAt ?? '2026-11-23T01:00:00.000Z',
      linked_kind: complaintId === null ? null : 'pengaduan', linked_id: complaintId, linked_code: null, linked_via: complaintId === null ? null : 'pilihan',
      complaint_id: complaintId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let page = 1; page <= pageCount; page++) {
    const text = options.texts?.[page - 1];
    await db.insertInto('scanned_pages').values({
      document_id: id, page_no: page, width: 2480, height: 3508, ocr_text: text ?? null, ocr_status: text === undefined ? 'menunggu' : 'selesai',
    }).execute();
    if (text !== undefined) await indexScannedPage(db, id, page, text, null);
  }
  return { id, sha256 };
}
