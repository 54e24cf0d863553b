import { afterEach, describe, expect, it } from 'vitest';
import type { OcrProgress } from '../../../shared/archive/archive-records';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { rasterise, renderTextPdf, scanPdf } from '../archive/scan-fixture';

/**
 * Complaint attachments read by the real tesseract.js OCR: a complainant's scanned letter
 * (PDF) and a photo of a document (PNG) attached at intake become searchable in the
 * register, and the hit names the file and the page.
 */

const LETTER = [
  ['Surat permohonan perbaikan jalan di Kelurahan Tondo', 'Kami warga memohon agar jalan segera diperbaiki.'],
  ['Jembatan gantung di Kelurahan Palupi rusak berat', 'Mohon ditinjau oleh dinas terkait.'],
];
const PHOTO = [['Surat keterangan Kecamatan Mantikulore tentang banjir', 'Rumah warga terendam air setinggi satu meter.']];

let t: TempBackend | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Asks for the progress until nothing waits; returns how many pages were read. */
async function untilIdle(progress: () => Promise<OcrProgress>, timeoutMs = 240_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let most = 0;
  for (;;) {
    const p = await progress();
    most = Math.max(most, p.total);
    if (p.waiting === 0 && p.current === null) return most;
    if (Date.now() > end) throw new Error(`OCR belum selesai: ${JSON.stringify(p)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Real OCR on a shared two-core machine: a page takes seconds. */
const OCR_TIMEOUT = 300_000;

describe('OCR of complaint attachments', () => {
  it('reads a PDF and a PNG attached at intake; the register finds the complaint by a word in each, naming the file and page', async () => {
    t = await openTempBackend();
    const pdf = await scanPdf(rasterise(await renderTextPdf(LETTER), 300));
    const png = rasterise(await renderTextPdf(PHOTO), 300)[0]!;
    const letter = await t.ok('complaints.uploadAttachment', { fileName: 'surat-warga.pdf', base64: Buffer.from(pdf).toString('base64') });
    const photo = await t.ok('complaints.uploadAttachment', { fileName: 'foto-surat.png', base64: png.toString('base64') });
    const started = Date.now();
    const complaint = await t.ok('complaints.intake', intakeInput({ attachmentIds: [letter.sha256, photo.sha256], attachmentNames: [letter.fileName, photo.fileName] }));
    const other = await t.ok('complaints.intake', intakeInput({ subject: 'Pengaduan lain tanpa lampiran' }));

    const pages = await untilIdle(() => t!.ok('archive.ocrProgress', {}));
    const perPage = (Date.now() - started) / 3;
    console.info(`OCR lampiran: ${pages} halaman, ${(perPage / 1000).toFixed(1)} detik per halaman`);
    expect(pages).toBe(3);
    const rows = await t.backend.db.selectFrom('scanned_pages as p').innerJoin('scanned_documents as d', 'd.id', 'p.document_id')
      .select(['d.file_name', 'd.source', 'd.complaint_id', 'p.page_no', 'p.ocr_status']).orderBy('d.id').orderBy('p.page_no').execute();
    expect(rows.map((r) => [r.file_name, r.source, r.complaint_id, r.page_no, r.ocr_status])).toEqual([
      ['surat-warga.pdf', 'lampiran', complaint.id, 1, 'selesai'],
      ['surat-warga.pdf', 'lampiran', complaint.id, 2, 'selesai'],
      ['foto-surat.png', 'lampiran', complaint.id, 1, 'selesai'],
    ]);

    // A word on page 2 of the PDF, and one in the photo: the hit says which file and page.
    const hit = async (query: string) => (await t!.ok('complaints.list', { filter: { query } })).rows.map((r) => [r.id, r.scanFile, r.scanPage]);
    expect(await hit('Palupi')).toEqual([[complaint.id, 'surat-warga.pdf', 2]]);
    expect(await hit('Tondo')).toEqual([[complaint.id, 'surat-warga.pdf', 1]]);
    expect(await hit('Mantikulore')).toEqual([[complaint.id, 'foto-surat.png', 1]]);
    expect(await hit('terendam')).toEqual([[complaint.id, 'foto-surat.png', 1]]);
    // Words of two different files are not one page: no hit.
    expect(await hit('Palupi Mantikulore')).toEqual([]);
    expect((await hit('Pengaduan lain')).map((r) => r[0])).toContain(other.id);

    // They are the complaint's attachments, not scans waiting for the archive.
    expect(await t.ok('archive.unfiledScans', {})).toEqual([]);
    const detail = await t.ok('complaints.get', { id: complaint.id });
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['surat-warga.pdf', 'foto-surat.png']);
    // Filing the attachment files it as itself, not as a scan.
    const hm012 = (await t.ok('archive.classifications', {})).find((c) => c.code === 'HM.01.2')!.id;
    const entry = await t.ok('archive.file', {
      source: { kind: 'lampiran', attachmentId: detail.attachments[0]!.id },
      fields: { kind: 'lainnya', classificationId: hm012, title: 'Surat warga', documentDate: '2026-11-20', location: {}, accessClass: 'biasa' },
    });
    expect(entry).toMatchObject({ complaintId: complaint.id, scannedDocumentId: null, hasFile: true });
    // …and the archive finds it by a word OCR read in it (only in that attachment, not the photo).
    const archived = async (query: string) =>
      (await t!.ok('archive.search', { query, kinds: [], classificationIds: [], accessClasses: [], location: {}, offset: 0, limit: 10 })).rows.map((r) => r.serialNumber);
    expect(await archived('Palupi')).toEqual([entry.serialNumber]);
    expect(await archived('Mantikulore')).toEqual([]);
  }, OCR_TIMEOUT);
});
