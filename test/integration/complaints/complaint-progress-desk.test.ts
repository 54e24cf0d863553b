import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

/** The same code with one symbol replaced by another of the alphabet. */
function mistype(code: string): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
  const i = 3;
  const replacement = alphabet[(alphabet.indexOf(code[i]!) + 7) % alphabet.length]!;
  return code.slice(0, i) + replacement + code.slice(i + 1);
}

describe('the progress desk', () => {
  it('finds a complaint by its code, typed loosely or with one wrong symbol', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    expect((await t.ok('complaints.find', { query: c.trackingCode }))[0]).toMatchObject({ id: c.id, matchedBy: 'kode pelacakan' });
    const loose = formatTrackingCode(c.trackingCode).toLowerCase().replace('-', ' - ');
    expect((await t.ok('complaints.find', { query: loose })).map((h) => h.id)).toEqual([c.id]);
    const typo = await t.ok('complaints.find', { query: mistype(c.trackingCode) });
    expect(typo.map((h) => h.id)).toEqual([c.id]);
    expect(typo[0]!.matchedBy).toBe('kode pelacakan (perbaikan salah ketik)');
  });

  it('finds by phone typed as +62, by NIK, and by a misspelt name', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    expect((await t.ok('complaints.find', { query: '+62 812-3456-7890' })).map((h) => h.matchedBy)).toEqual(['telepon']);
    expect((await t.ok('complaints.find', { query: '7271014506900001' }))[0]).toMatchObject({ id: c.id, matchedBy: 'NIK' });
    expect((await t.ok('complaints.find', { query: 'Siti Rahmawti' }))[0]).toMatchObject({ id: c.id, matchedBy: 'nama mirip' });
  });

  it('finds a confidential complaint by its code only, with the name masked', async () => {
    const c = await t.ok('complaints.intake', intakeInput({ privacy: 'rahasia' }));
    expect(await t.ok('complaints.find', { query: 'Siti Rahmawati' })).toEqual([]);
    expect(await t.ok('complaints.find', { query: '081234567890' })).toEqual([]);
    const byCode = await t.ok('complaints.find', { query: c.trackingCode });
    expect(byCode[0]!.complainantDisplay).toBe('S*** R*** (rahasia)');
  });

  it('tells where it stands, who has it and by when, with a timeline', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    t.clock.advanceMinutes(90);
    await t.ok('complaints.changeStatus', { id: c.id, to: 'diverifikasi', reason: 'Berkas lengkap' });
    await t.ok('complaints.changeStatus', { id: c.id, to: 'diproses', reason: 'Didisposisikan ke Bidang Koperasi' });
    const p = await t.ok('complaints.progress', { id: c.id });
    expect(p.statusText).toBe('Pengaduan sedang ditindaklanjuti oleh unit yang menangani.');
    expect(p.holder).toBe('Bidang Koperasi');
    expect(p.nextStep).toBe('Jawaban atau tindak lanjut kepada pelapor');
    expect(p.timeline.map((e) => e.text)).toEqual([
      'Pengaduan dicatat di register',
      'Status diubah dari Diterima menjadi Diverifikasi: Berkas lengkap',
      'Status diubah dari Diverifikasi menjadi Diproses: Didisposisikan ke Bidang Koperasi',
    ]);
  });

  it('records a consultation note linked to the visit and prints it', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    const visit = await t.ok('guests.register', { name: 'Siti Rahmawati', purpose: 'tanya_progres' });
    const note = await t.ok('complaints.addConsultation', { complaintId: c.id, guestVisitId: visit.id, note: 'Pelapor menanyakan jadwal pencairan; dijelaskan sedang diverifikasi.' }, 'Rina');
    expect(note).toMatchObject({ complaintId: c.id, guestVisitId: visit.id, createdBy: 'Rina' });
    const pdf = await t.ok('complaints.consultationPdf', { id: note.id });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.ok('complaints.get', { id: c.id })).consultations).toHaveLength(1);
  });

  it('suggests likely duplicates: the same phone, or similar words', async () => {
    const first = await t.ok('complaints.intake', intakeInput());
    await t.ok('complaints.intake', intakeInput({ subject: 'Izin reklame', description: 'Permohonan izin reklame tidak kunjung diproses oleh petugas.', complainant: { name: 'Agus Salim', nik: '', phone: '081399990000', email: '', address: '' } }));
    const samePhone = await t.ok('complaints.suggestDuplicates', { complainant: { name: '', phone: '0812 3456 7890', nik: '' }, subject: '', description: '' });
    expect(samePhone.map((d) => d.id)).toEqual([first.id]);
    expect(samePhone[0]!.reason).toBe('telepon pelapor sama');
    const sameText = await t.ok('complaints.suggestDuplicates', {
      complainant: { name: 'Orang Lain', phone: '', nik: '' }, subject: 'Hibah koperasi', description: 'Dana hibah koperasi kami belum dicairkan sampai sekarang',
    });
    expect(sameText.map((d) => d.id)).toEqual([first.id]);
    expect(sameText[0]!.reason).toBe('isi aduan mirip');
  });
});

describe('finding by register number, and sorting by status', () => {
  it('finds a complaint by its register number typed in any case', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    expect((await t.ok('complaints.find', { query: ' 001/adu/hm.01/xi/2026 ' }))[0]).toMatchObject({ id: c.id, matchedBy: 'nomor register' });
  });

  it('sorts statuses in lifecycle order, not alphabetically', async () => {
    const a = await t.ok('complaints.intake', intakeInput());
    const b = await t.ok('complaints.intake', intakeInput());
    await t.ok('complaints.changeStatus', { id: b.id, to: 'bukan_kewenangan', reason: 'Kewenangan instansi lain' });
    const page = await t.ok('complaints.list', { filter: { sort: 'status', direction: 'asc' } });
    expect(page.rows.map((r) => r.id)).toEqual([a.id, b.id]);
    const pageOnly = await t.ok('complaints.list', { filter: {}, withTotal: false });
    expect(pageOnly.total).toBeNull();
  });
});
