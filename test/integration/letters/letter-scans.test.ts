import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import { pdfToPngs } from '../../support/pdf-tools';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { openLetterOffice, type LetterOffice } from './letter-office';

/**
 * Scans of a signed letter's paper: scanned from the letter's own page (the clerk chose the
 * letter), or recognised anywhere by the letter's QR code. Either way the letter lists the
 * scan, the complaint gets it as an attachment, and both records say who saved it.
 */
let office: LetterOffice;
let dir: string | null = null;
afterEach(async () => {
  await office?.close();
  if (dir) removeTempDir(dir);
  dir = null;
});

async function signedReply(): Promise<LetterDetail> {
  const letter = await office.submitted({ signerPositionId: office.positions.kasubag });
  return office.ok('kasubag', 'letters.sign', { id: letter.id, version: letter.currentVersion });
}

const b64 = (bytes: Buffer) => bytes.toString('base64');
/** A page with no QR code on it: the tanda terima signed by hand, say. */
const plainPage = () => sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } }).png().toBuffer();

describe('scans of a signed letter', () => {
  it('a page scanned from the letter is saved to it and to its complaint, with both histories', async () => {
    office = await openLetterOffice();
    const letter = await signedReply();
    const job = await office.t.ok('scanner.importFiles', { fileName: 'tanda-terima-basah.png', base64: b64(await plainPage()) });
    const saved = await office.t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'surat', letterId: letter.id }, fileName: '' });

    expect(saved.document.link).toMatchObject({ kind: 'surat', id: letter.id, complaintId: letter.complaintId, via: 'pilihan', letter: { number: letter.number } });
    expect(saved.notes[0]).toBe(`Dilampirkan ke surat ${letter.number} (pengaduan ${letter.complaintRegisterNumber}).`);
    const again = await office.ok('staf', 'letters.get', { id: letter.id });
    expect(again.scans).toEqual([expect.objectContaining({ id: saved.document.id, pageCount: 1, via: 'pilihan', fileName: saved.document.fileName })]);
    const complaint = await office.t.ok('complaints.get', { id: letter.complaintId });
    expect(complaint.attachments.map((a) => a.fileName)).toContain(saved.document.fileName);
    const letterAudit = await office.t.backend.db.selectFrom('audit_log').select(['action', 'changes_json']).where('entity_type', '=', 'letter').where('entity_id', '=', letter.id).where('action', '=', 'pindaian_dilampirkan').execute();
    expect(letterAudit).toHaveLength(1);
    expect(letterAudit[0]!.changes_json).toContain(saved.document.fileName);
  });

  it('the letter\'s QR code on a page scanned for the archive links the scan to the letter', async () => {
    office = await openLetterOffice();
    const letter = await signedReply();
    const pdf = await office.ok('staf', 'letters.pdf', { id: letter.id });
    dir = makeTempDir('meja-letter-scan-');
    const [page] = pdfToPngs(Buffer.from(pdf.base64, 'base64'), dir, 150);
    const job = await office.t.ok('scanner.importFiles', { fileName: 'surat.png', base64: b64(readFileSync(page!)) });
    const saved = await office.t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'arsip' }, fileName: '' });

    expect(saved.document.link).toMatchObject({ kind: 'surat', id: letter.id, via: 'qr', letter: { number: letter.number, date: letter.letterDate } });
    expect((await office.ok('staf', 'letters.get', { id: letter.id })).scans).toEqual([expect.objectContaining({ id: saved.document.id, via: 'qr' })]);
  });

  it('a letter not signed yet takes no scan, and nothing is saved', async () => {
    office = await openLetterOffice();
    const draft = await office.submitted({ signerPositionId: office.positions.kasubag });
    const job = await office.t.ok('scanner.importFiles', { fileName: 'konsep.png', base64: b64(await plainPage()) });
    const refused = await office.t.call('scanner.save', { sessionId: job.sessionId, target: { kind: 'surat', letterId: draft.id }, fileName: '' });
    expect(refused.ok ? '' : refused.error.message).toBe('Surat tidak ditemukan atau belum ditandatangani; hanya surat bernomor yang dapat diberi pindaian.');
    expect(await office.t.backend.db.selectFrom('scanned_documents').select('id').execute()).toEqual([]);
    expect((await office.t.ok('complaints.get', { id: draft.complaintId })).attachments).toEqual([]);
  });
});
