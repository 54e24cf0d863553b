import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { FileDownload } from '../../../shared/contract/file-download';
import { AppError } from '../core/app-error';

const NOT_A_PDF = 'Dokumen ini bukan PDF, jadi tidak dapat dikirim ke printer.';

/** A composed document checked to be a PDF a printer can take, with its page count. */
export interface PrintablePdf {
  fileName: string;
  bytes: Buffer;
  pages: number;
}

/**
 * Checks a composed file really is a PDF — by its bytes, not its label — and counts its
 * pages for the log. Anything else (a CSV, a damaged file) is refused before it reaches
 * a printer, which would print it as pages of garbage.
 */
export async function printablePdf(value: unknown): Promise<PrintablePdf> {
  const file = value as Partial<FileDownload> | null;
  if (!file || typeof file.base64 !== 'string' || typeof file.fileName !== 'string' || file.mimeType !== 'application/pdf') {
    throw new AppError('VALIDATION', NOT_A_PDF);
  }
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('VALIDATION', NOT_A_PDF);
  let pages: number;
  try {
    pages = (await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    throw new AppError('VALIDATION', 'Berkas PDF dokumen ini rusak, jadi tidak dapat dicetak.');
  }
  return { fileName: file.fileName, bytes, pages };
}

/**
 * Hands the PDF to `use` as a file in a private temp folder (print commands take a path),
 * and removes it afterwards: the print system has its own copy by then (`lp` uploads it
 * to the spooler; the dialog and SumatraPDF have finished with it).
 */
export async function withTempPdf<T>(pdf: PrintablePdf, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-aduan-cetak-'));
  try {
    const safeName = pdf.fileName.replace(/[^\w.-]+/g, '-').replace(/^-+/, '').slice(0, 120) || 'dokumen.pdf';
    const file = path.join(dir, safeName.toLowerCase().endsWith('.pdf') ? safeName : `${safeName}.pdf`);
    await fs.writeFile(file, pdf.bytes, { mode: 0o600 });
    return await use(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
