import { afterEach, describe, expect, it } from 'vitest';
import { pdfToText } from '../../support/pdf-tools';
import { decodePageQr } from '../documents/qr-decode';
import { openLetterOffice, signerOf, type LetterOffice } from './letter-office';
import { watermarkPixels } from './watermark-pixels';

/**
 * The letters' PDFs as the service produces them, read back with pdftotext: the signature
 * block derived at signing for each way of signing (langsung, a.n., u.b., Plt., Plh.), the
 * number only once signed, the verification QR, the paraf column on the file copy.
 */
let office: LetterOffice;
afterEach(() => office?.close());

const pdfOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
/** One line per text line, whitespace folded, so a block reads top to bottom. */
const lines = (pdf: Buffer) => pdfToText(pdf, 'raw').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

async function signedLetter(signing: Parameters<LetterOffice['submitted']>[0]) {
  const letter = await office.submitted(signing);
  const signed = await office.ok(signerOf(office, letter), 'letters.sign', { id: letter.id, version: letter.currentVersion });
  return { signed, text: lines(pdfOf(await office.t.ok('letters.pdf', { id: signed.id }))) };
}

/** The lines from the first signature line to the NIP. */
function block(text: string[], first: RegExp): string[] {
  const start = text.findIndex((l) => first.test(l));
  const end = text.findIndex((l, i) => i > start && l.startsWith('NIP'));
  return start < 0 || end < 0 ? [] : text.slice(start, end + 1);
}

describe('the signature block', () => {
  it('a.n.: the Sekretaris signs for the Kepala Dinas, his name, pangkat and NIP under it', async () => {
    office = await openLetterOffice();
    const { signed, text } = await signedLetter({ mode: 'an', signerPositionId: office.positions.sekretaris });
    expect(signed.route.map((s) => s.positionTitle)).toEqual(['Pengelola Pengaduan', 'Sekretaris']);
    expect(block(text, /^a\.n\. /)).toEqual([
      'a.n. KEPALA DINAS KOPERASI DAN UKM,', 'SEKRETARIS,', 'Muh. Rizal Lamarauna', 'Pembina Tingkat I (IV/b)', 'NIP 196905121994031006',
    ]);
  });

  it('u.b.: the Kasubag signs under the a.n. of the Kepala Dinas and the Sekretaris in between', async () => {
    office = await openLetterOffice();
    const { text } = await signedLetter({ mode: 'ub', signerPositionId: office.positions.kasubag });
    expect(block(text, /^a\.n\. /)).toEqual([
      'a.n. KEPALA DINAS KOPERASI DAN UKM,', 'SEKRETARIS,', 'u.b.', 'KEPALA SUBBAGIAN UMUM,', 'Nurhayati Lasahido', 'Penata Tingkat I (III/d)', 'NIP 197803152005012010',
    ]);
  });

  it('Plt.: the vacant Kepala Bidang is signed by its acting holder, found from the holder record', async () => {
    office = await openLetterOffice();
    const { signed, text } = await signedLetter({ mode: 'langsung', signerPositionId: office.positions.kabid });
    expect(block(text, /^Plt\. /)).toEqual(['Plt. KEPALA BIDANG KOPERASI,', 'Muh. Rizal Lamarauna', 'Pembina Tingkat I (IV/b)', 'NIP 196905121994031006']);
    const verified = await office.t.ok('letters.verify', { code: signed.verificationCode ?? '' });
    expect(verified).toMatchObject({ signerName: 'Muh. Rizal Lamarauna', signerJabatan: 'Plt. Kepala Bidang Koperasi' });
  });

  it('Plh.: a stand-in for the absent Kepala Dinas signs as Plh. while his period runs', async () => {
    office = await openLetterOffice();
    const plh = { position_id: office.positions.kadis, name: 'Ir. Abdul Haris', nip: '197110201998031004', rank: 'Pembina (IV/a)', kind: 'plh' as const };
    await office.t.backend.db.insertInto('position_holders').values({ ...plh, start_date: '2026-11-20', end_date: '2026-11-27', updated_at: new Date(0).toISOString() }).execute();
    const { text } = await signedLetter({ mode: 'langsung', signerPositionId: office.positions.kadis });
    expect(block(text, /^Plh\. /)).toEqual(['Plh. KEPALA DINAS KOPERASI DAN UKM,', 'Ir. Abdul Haris', 'Pembina (IV/a)', 'NIP 197110201998031004']);
  });
});

describe('draft and signed letter', () => {
  it('a draft has no number and no QR; the signed letter has its number, its date and a QR that verifies', async () => {
    office = await openLetterOffice();
    const letter = await office.submitted({ mode: 'langsung', signerPositionId: office.positions.kasubag });
    const previewFile = await office.ok('kasubag', 'letters.preview', { id: letter.id });
    expect(previewFile.fileName).toBe(`Surat-Jawaban-konsep-${letter.id}-pratinjau.pdf`);
    const preview = pdfToText(pdfOf(previewFile), 'raw');
    expect(preview).toContain('Dana hibah dijadwalkan cair pada Desember 2026.');
    const draftShade = watermarkPixels(pdfOf(previewFile));
    expect(preview).not.toMatch(/\d{3}\/SEK\//);
    // The live preview prints what the editor holds, unsaved.
    const live = { ...letter.content, header: { ...letter.content.header, subject: 'Hal yang belum disimpan' } };
    expect(pdfToText(pdfOf(await office.ok('kasubag', 'letters.preview', { id: letter.id, content: live })), 'raw')).toContain('Hal yang belum disimpan');

    const signed = await office.ok('kasubag', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    const file = await office.t.ok('letters.pdf', { id: signed.id });
    expect(file.fileName).toBe(`Surat-Jawaban-${(signed.number ?? '').replace(/\//g, '-')}.pdf`);
    const pdf = pdfOf(file);
    const text = pdfToText(pdf, 'raw');
    expect(text).toContain(signed.number ?? '?');
    expect(text).toContain('23 November 2026');
    expect(text).toContain(signed.verificationCode ?? '?');
    // KONSEP across the draft, not across the signed letter.
    expect(draftShade).toBeGreaterThan(5 * watermarkPixels(pdf) + 100);
    expect(decodePageQr(pdf, 1)?.text).toBe(`meja-aduan:surat:${signed.verificationCode}`);
  });

  it('the file copy carries the paraf column when the document settings say so; the copy sent never does', async () => {
    office = await openLetterOffice();
    const letter = await office.submitted({ mode: 'an', signerPositionId: office.positions.sekretaris });
    const signed = await office.ok('sekretaris', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    const sent = pdfToText(pdfOf(await office.t.ok('letters.pdf', { id: signed.id })), 'raw');
    const fileCopy = await office.t.ok('letters.pdf', { id: signed.id, fileCopy: true });
    expect(fileCopy.fileName).toMatch(/-arsip\.pdf$/);
    const archived = pdfToText(pdfOf(fileCopy), 'raw');
    // The clerk's paraf (his short jabatan) is on the file copy only.
    expect(archived).toContain('Pengelola');
    expect(sent).not.toContain('Pengelola');
    const settings = await office.t.ok('settings.documents', {});
    await office.t.ok('settings.saveDocuments', { ...settings, printParafOnFileCopy: false });
    expect(pdfToText(pdfOf(await office.t.ok('letters.pdf', { id: signed.id, fileCopy: true })), 'raw')).not.toContain('Pengelola');
  });
});
