import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { classificationId, entryFields } from './archive-fixture';
import { seedScan } from './scan-fixture';

/** A folder filed as paper only, scanned later: the scan becomes its file. */
let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(async () => {
  await t.close();
});

describe('scanning a paper-only archive entry later', () => {
  it('gives the entry its file, the scan\'s complaint and OCR text, and a line in its history', async () => {
    const complaint = await t.ok('complaints.intake', intakeInput());
    const hm011 = await classificationId(t, 'HM.01.1');
    const paper = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm011, { complaintId: null }) });
    expect(paper).toMatchObject({ hasFile: false, complaintId: null });
    const scan = await seedScan(t.backend.db, t.dataDir, { texts: ['Berita acara klarifikasi koperasi Sintuwu'], complaintId: complaint.id, fileName: 'berita-acara.pdf' });

    const attached = await t.ok('archive.attachScan', { id: paper.id, scannedDocumentId: scan.id });
    expect(attached).toMatchObject({ hasFile: true, scannedDocumentId: scan.id, complaintId: complaint.id, registerNumber: complaint.registerNumber });
    expect(attached.history.at(-1)?.summary).toBe('Pindaian dilampirkan: berita-acara.pdf (1 halaman)');
    const found = await t.ok('archive.search', { query: 'sintuwu', kinds: [], classificationIds: [], accessClasses: [], location: {}, offset: 0, limit: 10 });
    expect(found.rows.map((r) => r.serialNumber)).toEqual([paper.serialNumber]);
    expect((await t.ok('archive.documentPdf', { id: paper.id })).mimeType).toBe('application/pdf');
  });

  it('refuses an entry that has its file, a scan filed elsewhere, and a scan of another complaint — changing nothing', async () => {
    const hm011 = await classificationId(t, 'HM.01.1');
    const mine = await t.ok('complaints.intake', intakeInput());
    const other = await t.ok('complaints.intake', intakeInput({ subject: 'Pengaduan lain' }));
    const filedScan = await seedScan(t.backend.db, t.dataDir, { texts: ['Satu'], fileName: 'satu.pdf' });
    const withFile = await t.ok('archive.file', { source: { kind: 'pindaian', scannedDocumentId: filedScan.id }, fields: entryFields(hm011) });
    const paper = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm011, { complaintId: mine.id }) });
    const loose = await seedScan(t.backend.db, t.dataDir, { texts: ['Dua'], fileName: 'dua.pdf' });
    const ofOther = await seedScan(t.backend.db, t.dataDir, { texts: ['Tiga'], complaintId: other.id, fileName: 'tiga.pdf' });

    const messages = async (id: number, scannedDocumentId: number) => {
      const r = await t.call('archive.attachScan', { id, scannedDocumentId });
      return r.ok ? 'diterima' : r.error.message;
    };
    expect(await messages(withFile.id, loose.id)).toBe(`Arsip ${withFile.serialNumber} sudah mempunyai berkas elektronik.`);
    expect(await messages(paper.id, filedScan.id)).toBe(`Pindaian ini sudah diarsipkan dengan nomor ${withFile.serialNumber}.`);
    expect(await messages(paper.id, ofOther.id)).toBe('Pindaian ini milik pengaduan lain daripada arsip ini.');
    expect(await messages(paper.id, 99_999)).toBe('Dokumen pindaian tidak ditemukan.');
    expect(await t.ok('archive.get', { id: paper.id })).toMatchObject({ hasFile: false, scannedDocumentId: null, complaintId: mine.id });
  });
});
