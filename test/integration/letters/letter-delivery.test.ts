import { afterEach, describe, expect, it } from 'vitest';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import { mimeParts, startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { openLetterOffice, type LetterOffice } from './letter-office';

/**
 * Delivering the signed reply: by e-mail through the office's SMTP account (a real SMTP
 * conversation with a sink on a loopback port, the PDF attached, the message id kept as
 * proof), prepared for WhatsApp, handed over or posted; the first delivery moves the letter
 * to 'terkirim' and — this office has no SOP run — the complaint to 'dijawab'.
 */
let office: LetterOffice;
let sink: SmtpSink | null = null;
afterEach(async () => {
  await sink?.close();
  sink = null;
  await office?.close();
});

async function signedReply(): Promise<LetterDetail> {
  const letter = await office.submitted({ signerPositionId: office.positions.kasubag });
  return office.ok('kasubag', 'letters.sign', { id: letter.id, version: letter.currentVersion });
}

const complaintStatus = async (id: number) => (await office.t.ok('complaints.get', { id })).status;

describe('e-mail', () => {
  it('sends the signed PDF through the office SMTP account and keeps the message id; a refused message records nothing', async () => {
    office = await openLetterOffice();
    sink = await startSmtpSink();
    const letter = await signedReply();
    expect(await complaintStatus(letter.complaintId)).toBe('diproses');

    const notSet = await office.as('staf', 'letters.sendEmail', { id: letter.id, to: 'siti@contoh.id', subject: 'Jawaban', message: '' });
    expect(notSet.ok ? '' : notSet.error.message).toContain('Server surel kantor belum diatur');

    const view = await office.t.ok('letters.saveMailSettings', {
      host: '127.0.0.1', port: sink.port, secure: false, username: 'pengaduan@diskop.go.id', password: 'sandi-smtp-rahasia', fromAddress: 'pengaduan@diskop.go.id', fromName: 'Dinas Koperasi dan UKM',
    });
    expect(view).toMatchObject({ passwordSet: true, host: '127.0.0.1' });
    expect(JSON.stringify(view)).not.toContain('sandi-smtp-rahasia');
    // Saving again without a password keeps the stored one.
    await office.t.ok('letters.saveMailSettings', { ...view, password: '' });
    expect(JSON.stringify(await office.t.ok('letters.mailSettings', {}))).not.toContain('sandi-smtp-rahasia');

    const sent = await office.ok('staf', 'letters.sendEmail', { id: letter.id, to: 'siti.rahmawati@contoh.id', subject: `Jawaban pengaduan ${letter.complaintRegisterNumber}`, message: 'Terlampir surat jawaban atas pengaduan Saudara.' });
    expect(sink.messages).toHaveLength(1);
    const message = sink.messages[0]!;
    expect(message).toMatchObject({ from: 'pengaduan@diskop.go.id', to: ['siti.rahmawati@contoh.id'], auth: { user: 'pengaduan@diskop.go.id', pass: 'sandi-smtp-rahasia' } });
    const parts = mimeParts(message.raw);
    const pdf = parts.find((p) => (p.headers['content-type'] ?? '').startsWith('application/pdf'));
    expect(pdf?.headers['content-disposition']).toContain(`Surat-Jawaban-${(letter.number ?? '').replace(/\//g, '-')}.pdf`);
    expect(pdf?.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(parts.some((p) => p.body.toString('utf8').includes('Terlampir surat jawaban'))).toBe(true);

    expect(sent.state).toBe('terkirim');
    const messageId = /^Message-ID: *(\S+)/im.exec(message.raw)?.[1];
    expect(sent.deliveries).toEqual([expect.objectContaining({ method: 'email', recipient: 'siti.rahmawati@contoh.id', proof: `Message-ID ${messageId}` })]);
    expect(await complaintStatus(letter.complaintId)).toBe('dijawab');

    sink.rejectRecipients = '550 5.1.1 Mailbox tidak dikenal';
    const refused = await office.as('staf', 'letters.sendEmail', { id: letter.id, to: 'salah@contoh.id', subject: 'Jawaban', message: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Surel tidak terkirim') } });
    expect((await office.ok('staf', 'letters.get', { id: letter.id })).deliveries).toHaveLength(1);
  });

  it('a draft cannot be sent', async () => {
    office = await openLetterOffice();
    const draft = await office.submitted({ signerPositionId: office.positions.kasubag });
    const refused = await office.as('staf', 'letters.sendEmail', { id: draft.id, to: 'a@contoh.id', subject: 'x', message: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Hanya surat yang sudah ditandatangani yang dapat disampaikan.' } });
  });
});

describe('WhatsApp, in person, post', () => {
  it('prepares the wa.me link with the message and the PDF; records the hand-over and the post', async () => {
    office = await openLetterOffice();
    const letter = await signedReply();
    const message = `Yth. Sdr. Siti Rahmawati, surat jawaban nomor ${letter.number} terlampir. Terima kasih.`;
    const wa = await office.ok('staf', 'letters.prepareWhatsApp', { id: letter.id, phone: '0812-3456-7890', message });
    const url = new URL(wa.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(message);
    expect(wa.pdfFileName).toBe(`Surat-Jawaban-${(letter.number ?? '').replace(/\//g, '-')}.pdf`);
    expect(Buffer.from(wa.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Preparing is not sending: nothing is recorded until the clerk says it went.
    expect((await office.ok('staf', 'letters.get', { id: letter.id })).state).toBe('ditandatangani');

    let after = await office.ok('staf', 'letters.recordDelivery', { id: letter.id, method: 'whatsapp', recipient: '081234567890', proof: 'Terkirim 09.12', note: '' });
    expect(after.state).toBe('terkirim');
    after = await office.ok('staf', 'letters.recordDelivery', { id: letter.id, method: 'pos', recipient: 'Jl. Sam Ratulangi No. 12, Palu', proof: 'Resi RR123456789ID', note: '', deliveredAt: '2026-11-23T00:30:00.000Z' });
    expect(after.deliveries.map((d) => [d.method, d.proof])).toEqual([['whatsapp', 'Terkirim 09.12'], ['pos', 'Resi RR123456789ID']]);
    expect(after.events.filter((e) => e.action === 'dikirim').map((e) => e.note)).toEqual([
      'WhatsApp: 081234567890 (Terkirim 09.12)', 'Pos / kurir: Jl. Sam Ratulangi No. 12, Palu (Resi RR123456789ID)',
    ]);
    const future = await office.as('staf', 'letters.recordDelivery', { id: letter.id, method: 'langsung', recipient: 'Siti', proof: '', note: '', deliveredAt: '2026-12-01T00:00:00.000Z' });
    expect(future.ok ? '' : future.error.message).toBe('Waktu penyampaian tidak boleh di masa depan.');
    const history = await office.t.ok('complaints.get', { id: letter.complaintId });
    expect(history.history.filter((h) => h.action === 'status').length).toBeGreaterThanOrEqual(3);
  });
});
