import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidTrackingCode } from '../../../shared/numbering/tracking-code';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

const countComplaints = async () => Number((await t.backend.db.selectFrom('complaints').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('registering a complaint', () => {
  it('numbers it from the pattern, gives it a valid tracking code and records who and when', async () => {
    const first = await t.ok('complaints.intake', intakeInput(), 'Rina Oktaviani');
    const second = await t.ok('complaints.intake', intakeInput({ subject: 'Pelayanan izin usaha lambat' }));
    expect(first.registerNumber).toBe('001/ADU/HM.01/XI/2026');
    expect(second.registerNumber).toBe('002/ADU/HM.01/XI/2026');
    expect(isValidTrackingCode(first.trackingCode)).toBe(true);
    expect(first.trackingCode).not.toBe(second.trackingCode);
    expect(first.status).toBe('diterima');
    expect(first.receivedAt).toBe('2026-11-23T01:00:00.000Z');
    // 3 working days for verification: Monday 08.00 → Thursday 08.00 WIB.
    expect(first.dueAt).toBe('2026-11-26T01:00:00.000Z');
    expect(first.history[0]).toMatchObject({ action: 'dibuat', actor: 'Rina Oktaviani', summary: 'Pengaduan dicatat di register' });
  });

  it('follows an edited pattern with an Arabic month', async () => {
    await t.ok('complaints.saveNumbering', { pattern: 'PGD-{NO:4}/{UNIT}/{BLN}/{TAHUN}', unitCode: 'DKUKM', classificationCode: '' });
    expect((await t.ok('complaints.intake', intakeInput())).registerNumber).toBe('PGD-0001/DKUKM/11/2026');
  });

  it('restarts the sequence in a new year', async () => {
    await t.ok('complaints.intake', intakeInput());
    t.clock.set(new Date('2027-01-04T01:00:00Z'));
    expect((await t.ok('complaints.intake', intakeInput())).registerNumber).toBe('001/ADU/HM.01/I/2027');
  });

  it('keeps each channel’s own facts', async () => {
    const letter = await t.ok('complaints.intake', intakeInput({
      channel: 'surat',
      channelDetails: { letterNumber: '045/KSP-MB/XI/2026', letterDate: '2026-11-18', letterSender: 'Koperasi Maju Bersama', letterReceivedDate: '2026-11-20', agendaNumber: '1123' },
    }));
    expect(letter.channelDetails).toEqual({
      letterNumber: '045/KSP-MB/XI/2026', letterDate: '2026-11-18', letterSender: 'Koperasi Maju Bersama', letterReceivedDate: '2026-11-20', agendaNumber: '1123',
    });
    const social = await t.ok('complaints.intake', intakeInput({
      channel: 'media_sosial', form: 'tertulis',
      channelDetails: { socialPlatform: 'Instagram', socialAccount: '@warga_palu', socialLink: 'https://instagram.com/p/abc' },
    }));
    expect(social.channelDetails).toMatchObject({ socialPlatform: 'Instagram', socialAccount: '@warga_palu' });
    for (const channel of ['telepon', 'kotak', 'website'] as const) {
      expect((await t.ok('complaints.intake', intakeInput({ channel }))).channel).toBe(channel);
    }
    expect((await t.ok('complaints.intake', intakeInput({ channel: 'email', channelDetails: { fromAddress: 'siti@contoh.id' } }))).channelDetails.fromAddress).toBe('siti@contoh.id');
    expect((await t.ok('complaints.intake', intakeInput({ channel: 'whatsapp', channelDetails: { fromNumber: '+62 812-3456-7890' } }))).channelDetails.fromNumber).toBe('081234567890');
    expect((await t.ok('complaints.intake', intakeInput({ channel: 'sms' }))).channel).toBe('sms');
  });

  it('refuses a second complaint with the same SP4N-LAPOR! ticket and wastes no number', async () => {
    await t.ok('complaints.intake', intakeInput({ channel: 'lapor', channelDetails: { laporTrackingId: 'LAP-2026-88121' } }));
    const again = await t.call('complaints.intake', intakeInput({ channel: 'lapor', channelDetails: { laporTrackingId: 'lap-2026-88121' } }));
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('CONFLICT');
      expect(again.error.message).toContain('sudah tercatat sebagai pengaduan 001/ADU/HM.01/XI/2026');
    }
    expect(await countComplaints()).toBe(1);
    expect((await t.ok('complaints.intake', intakeInput())).registerNumber).toBe('002/ADU/HM.01/XI/2026');
  });

  it('stores no identity for an anonymous complaint, only the contact', async () => {
    const refused = await t.call('complaints.intake', intakeInput({ privacy: 'anonim' }));
    expect(refused.ok).toBe(false);
    const anon = await t.ok('complaints.intake', intakeInput({
      privacy: 'anonim', complainant: { name: '', nik: '', address: '', phone: '085211112222', email: '' },
    }));
    const row = await t.backend.db.selectFrom('complaints').selectAll().where('id', '=', anon.id).executeTakeFirstOrThrow();
    expect([row.complainant_name, row.complainant_nik, row.complainant_address]).toEqual(['', '', '']);
    expect(row.complainant_phone).toBe('085211112222');
    expect(anon.complainantDisplay).toBe('Anonim');
  });

  it('masks a confidential identity on the case page and the list', async () => {
    const secret = await t.ok('complaints.intake', intakeInput({ privacy: 'rahasia' }));
    expect(secret.identityMasked).toBe(true);
    expect(secret.complainant.name).toBe('S*** R***');
    expect(secret.complainant.nik).not.toContain('4506');
    expect(secret.complainant.address).toBe('(dirahasiakan)');
    const list = await t.ok('complaints.list', { filter: {} });
    expect(list.rows[0]!.complainantDisplay).toBe('S*** R*** (rahasia)');
  });

  it('records an oral complaint settled at the counter with its answer, closed at once', async () => {
    const settled = await t.ok('complaints.intake', intakeInput({
      form: 'lisan', settledAtCounter: true, counterAnswer: 'Dijelaskan bahwa pencairan dijadwalkan minggu depan.',
    }));
    expect(settled.status).toBe('ditutup');
    expect(settled.dueAt).toBeNull();
    expect(settled.counterAnswer).toContain('minggu depan');
    expect(settled.history.map((h) => h.action)).toEqual(['dibuat', 'diselesaikan_di_loket']);
    const written = await t.call('complaints.intake', intakeInput({ form: 'tertulis', settledAtCounter: true, counterAnswer: 'Sudah dijawab di loket.' }));
    expect(written.ok).toBe(false);
  });

  it('starts from a guest-book visit and refuses an unknown one', async () => {
    const visit = await t.ok('guests.register', { name: 'Siti Rahmawati', purpose: 'pengaduan_baru' });
    const c = await t.ok('complaints.intake', intakeInput({ guestVisitId: visit.id }));
    expect(c.guestVisitId).toBe(visit.id);
    const unknown = await t.call('complaints.intake', intakeInput({ guestVisitId: 9999 }));
    expect(unknown.ok).toBe(false);
  });

  it('refuses bad input with Indonesian messages and writes nothing', async () => {
    const r = await t.call('complaints.intake', intakeInput({ channel: 'surat', subject: 'abc' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.fields?.subject).toBe('Tuliskan pokok aduan (sekurang-kurangnya 5 huruf).');
      expect(r.error.fields?.['channelDetails.letterNumber']).toBe('Nomor surat wajib diisi untuk pengaduan lewat surat.');
    }
    expect(await countComplaints()).toBe(0);
  });

  it('attaches uploaded files identified by content and serves them back', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const up = await t.ok('complaints.uploadAttachment', { fileName: 'foto-lokasi.pdf', base64: png.toString('base64') });
    expect(up.mimeType).toBe('image/png');
    const c = await t.ok('complaints.intake', intakeInput({ attachmentIds: [up.sha256], attachmentNames: ['foto-lokasi.pdf'] }));
    expect(c.attachments).toHaveLength(1);
    expect(c.attachments[0]).toMatchObject({ mimeType: 'image/png', size: png.length });
    const file = await t.ok('complaints.attachmentFile', { id: c.attachments[0]!.id });
    expect(Buffer.from(file.base64, 'base64').equals(png)).toBe(true);
    const exe = await t.call('complaints.uploadAttachment', { fileName: 'surat.pdf', base64: Buffer.from('MZ\x90\x00 program').toString('base64') });
    expect(exe.ok).toBe(false);
  });

  it('prints a receipt whose text carries the tracking code', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    const receipt = await t.ok('complaints.receipt', { id: c.id });
    expect(receipt.fileName).toBe('tanda-terima_001-ADU-HM.01-XI-2026.pdf');
    expect(Buffer.from(receipt.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
