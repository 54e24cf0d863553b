import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import { intakeInput } from '../../support/complaint-fixtures';
import { pdfToText } from '../../support/pdf-tools';
import { openLetterOffice, type LetterOffice } from '../letters/letter-office';
import { classificationId, entryFields } from './archive-fixture';

/**
 * Filing from where a document is met: a signed letter from its page, a complaint's
 * attachment from the case page. The letter and the complaint then say under which serial
 * (and where) it was filed, and a second filing of the same document is refused naming it.
 */
let office: LetterOffice;
afterEach(async () => {
  await office?.close();
});

async function signedReply(): Promise<LetterDetail> {
  const letter = await office.submitted({ signerPositionId: office.positions.kasubag });
  return office.ok('kasubag', 'letters.sign', { id: letter.id, version: letter.currentVersion });
}

const LOCATION = { building: 'Gedung B', room: 'Arsip Inaktif', cabinet: '4', shelf: '1', box: '9', folder: '2' };

describe('filing a signed letter', () => {
  it('files the signed PDF once; the letter shows the serial and the shelf, the entry opens the letter\'s PDF', async () => {
    office = await openLetterOffice();
    const letter = await signedReply();
    expect(letter.archive).toBeNull();
    const hm011 = await classificationId(office.t, 'HM.01.1');

    const entry = await office.ok('staf', 'archive.file', {
      source: { kind: 'surat', letterId: letter.id },
      fields: entryFields(hm011, { kind: 'surat_ditandatangani', title: `Surat Jawaban ${letter.number}`, documentDate: letter.letterDate!, location: LOCATION, complaintId: letter.complaintId }),
    });
    expect(entry).toMatchObject({ serialNumber: '0001/HM.01.1/ARSIP/2026', kind: 'surat_ditandatangani', complaintId: letter.complaintId, hasFile: true, createdBy: 'Andi Pratama' });

    const after = await office.ok('staf', 'letters.get', { id: letter.id });
    expect(after.archive).toEqual({ id: entry.id, serialNumber: '0001/HM.01.1/ARSIP/2026', location: 'Gedung B · Ruang Arsip Inaktif · Lemari 4 · Rak 1 · Boks 9 · Map 2' });

    const pdf = await office.ok('staf', 'archive.documentPdf', { id: entry.id });
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdfToText(Buffer.from(pdf.base64, 'base64'))).toContain(letter.number!);

    const again = await office.as('sekretaris', 'archive.file', { source: { kind: 'surat', letterId: letter.id }, fields: entryFields(hm011) });
    expect(again.ok === false && again.error).toEqual({ code: 'CONFLICT', message: 'Dokumen ini sudah diarsipkan dengan nomor 0001/HM.01.1/ARSIP/2026.' });
    const audit = await office.t.backend.db.selectFrom('audit_log').select(['actor', 'action']).where('entity_type', '=', 'archive_entry').where('entity_id', '=', entry.id).execute();
    expect(audit).toEqual([{ actor: 'Andi Pratama', action: 'diarsipkan' }]);
  });

  it('refuses a letter not signed yet, and files nothing', async () => {
    office = await openLetterOffice();
    const draft = await office.submitted({ signerPositionId: office.positions.kasubag });
    const hm011 = await classificationId(office.t, 'HM.01.1');
    const refused = await office.as('staf', 'archive.file', { source: { kind: 'surat', letterId: draft.id }, fields: entryFields(hm011) });
    expect(refused.ok === false && refused.error).toMatchObject({ code: 'VALIDATION', message: 'Hanya surat yang sudah ditandatangani yang dapat diarsipkan.' });
    expect(await office.t.backend.db.selectFrom('archive_entries').select('id').execute()).toEqual([]);
  });

  it('hides the shelf of a secret entry from a clerk without the permission, and a scan of the paper is not the letter itself', async () => {
    office = await openLetterOffice();
    const letter = await signedReply();
    const hm011 = await classificationId(office.t, 'HM.01.1');

    // The wet-signed paper scanned from the letter's page and filed first: a separate document.
    const page = await sharp({ create: { width: 620, height: 877, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const job = await office.t.ok('scanner.importFiles', { fileName: 'surat-basah.png', base64: page.toString('base64') });
    const saved = await office.t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'surat', letterId: letter.id }, fileName: '' });
    await office.t.ok('archive.file', { source: { kind: 'pindaian', scannedDocumentId: saved.document.id }, fields: entryFields(hm011, { location: LOCATION }) });
    expect((await office.ok('staf', 'letters.get', { id: letter.id })).archive).toBeNull();

    const secret = await office.t.ok('archive.file', { source: { kind: 'surat', letterId: letter.id }, fields: entryFields(hm011, { accessClass: 'rahasia', location: LOCATION }) });
    expect(secret.serialNumber).toBe('0002/HM.01.1/ARSIP/2026');
    expect((await office.ok('staf', 'letters.get', { id: letter.id })).archive).toEqual({ id: secret.id, serialNumber: secret.serialNumber, location: '' });
    expect((await office.t.ok('letters.get', { id: letter.id })).archive?.location).toBe('Gedung B · Ruang Arsip Inaktif · Lemari 4 · Rak 1 · Boks 9 · Map 2');
  });
});

describe('filing a complaint attachment', () => {
  it('files the attachment once; the case page lists its serial, other attachments stay unfiled', async () => {
    office = await openLetterOffice();
    const t = office.t;
    const receipt = await t.ok('complaints.uploadAttachment', { fileName: 'tanda-terima.pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
    const photo = await t.ok('complaints.uploadAttachment', { fileName: 'foto-lokasi.png', base64: (await sharp({ create: { width: 8, height: 8, channels: 3, background: '#88aa88' } }).png().toBuffer()).toString('base64') });
    const complaint = await t.ok('complaints.intake', intakeInput({ attachmentIds: [receipt.sha256, photo.sha256], attachmentNames: [receipt.fileName, photo.fileName] }));
    expect(complaint.attachments.map((a) => [a.fileName, a.archiveSerial])).toEqual([['tanda-terima.pdf', null], ['foto-lokasi.png', null]]);

    const hm012 = await classificationId(t, 'HM.01.2');
    const entry = await office.ok('staf', 'archive.file', {
      source: { kind: 'lampiran', attachmentId: complaint.attachments[0]!.id },
      fields: entryFields(hm012, { kind: 'tanda_terima', title: 'tanda-terima', complaintId: complaint.id }),
    });
    expect(entry).toMatchObject({ serialNumber: '0001/HM.01.2/ARSIP/2026', complaintId: complaint.id, hasFile: true });
    const detail = await t.ok('complaints.get', { id: complaint.id });
    expect(detail.attachments.map((a) => [a.fileName, a.archiveSerial])).toEqual([['tanda-terima.pdf', '0001/HM.01.2/ARSIP/2026'], ['foto-lokasi.png', null]]);

    const twice = await office.as('staf', 'archive.file', { source: { kind: 'lampiran', attachmentId: complaint.attachments[0]!.id }, fields: entryFields(hm012) });
    expect(twice.ok === false && twice.error).toEqual({ code: 'CONFLICT', message: 'Dokumen ini sudah diarsipkan dengan nomor 0001/HM.01.2/ARSIP/2026.' });
    const missing = await office.as('staf', 'archive.file', { source: { kind: 'lampiran', attachmentId: 99_999 }, fields: entryFields(hm012) });
    expect(missing.ok === false && missing.error).toEqual({ code: 'NOT_FOUND', message: 'Lampiran tidak ditemukan.' });
    expect(await t.backend.db.selectFrom('archive_entries').select('id').execute()).toHaveLength(1);
  });

  it('an attachment that came from a filed scan shows the scan\'s serial and is not filed again', async () => {
    office = await openLetterOffice();
    const letter = await signedReply();
    const page = await sharp({ create: { width: 620, height: 877, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const job = await office.t.ok('scanner.importFiles', { fileName: 'tanda-terima-basah.png', base64: page.toString('base64') });
    const saved = await office.t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'surat', letterId: letter.id }, fileName: '' });
    const hm011 = await classificationId(office.t, 'HM.01.1');
    const scanEntry = await office.t.ok('archive.file', { source: { kind: 'pindaian', scannedDocumentId: saved.document.id }, fields: entryFields(hm011) });

    const complaint = await office.t.ok('complaints.get', { id: letter.complaintId });
    const fromScan = complaint.attachments.find((a) => a.fileName === saved.document.fileName);
    expect(fromScan?.archiveSerial).toBe(scanEntry.serialNumber);
    const refused = await office.as('staf', 'archive.file', { source: { kind: 'lampiran', attachmentId: fromScan!.id }, fields: entryFields(hm011) });
    expect(refused.ok === false && refused.error.message).toBe(`Dokumen ini sudah diarsipkan dengan nomor ${scanEntry.serialNumber}.`);
  });
});
