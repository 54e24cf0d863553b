import { afterEach, describe, expect, it } from 'vitest';
import { mimeParts, startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { openLetterOffice, type LetterOffice } from './letter-office';

/** The office's SMTP password is kept sealed in the settings table, never in clear. */
let office: LetterOffice;
let sink: SmtpSink | null = null;
afterEach(async () => {
  await sink?.close();
  sink = null;
  await office?.close();
});

const storedMail = async () => (await office.t.backend.db.selectFrom('settings').select('value_json').where('key', '=', 'letters.mail').executeTakeFirstOrThrow()).value_json;
const overwriteStored = (value: object) => office.t.backend.db.updateTable('settings').set({ value_json: JSON.stringify(value) }).where('key', '=', 'letters.mail').execute();
const account = (port: number) => ({ host: '127.0.0.1', port, secure: false, username: 'pengaduan@diskop.go.id', fromAddress: 'pengaduan@diskop.go.id', fromName: 'Dinas Koperasi dan UKM' });

async function signedReplyId(): Promise<number> {
  const letter = await office.submitted({ signerPositionId: office.positions.kasubag });
  return (await office.ok('kasubag', 'letters.sign', { id: letter.id, version: letter.currentVersion })).id;
}
const send = (id: number) => office.as('staf', 'letters.sendEmail', { id, to: 'warga@contoh.id', subject: 'Jawaban pengaduan', message: 'Terlampir.' });

describe('SMTP password at rest', () => {
  it('is stored sealed, kept when the form leaves it empty, never shown, and opened to send', async () => {
    office = await openLetterOffice();
    sink = await startSmtpSink();
    const view = await office.t.ok('letters.saveMailSettings', { ...account(sink.port), password: 'sandi-smtp-rahasia' });
    expect(view.passwordSet).toBe(true);
    const stored = await storedMail();
    expect(stored).not.toContain('sandi-smtp-rahasia');
    expect(JSON.parse(stored).password).toMatch(/^kunci:/);

    await office.t.ok('letters.saveMailSettings', { ...account(sink.port), fromName: 'Diskop UKM', password: '' });
    expect(JSON.parse(await storedMail()).password).toBe(JSON.parse(stored).password);
    expect(JSON.stringify(await office.t.ok('letters.mailSettings', {}))).not.toContain('sandi-smtp-rahasia');

    const sent = await send(await signedReplyId());
    expect(sent.ok).toBe(true);
    expect(sink.messages[0]!.auth).toEqual({ user: 'pengaduan@diskop.go.id', pass: 'sandi-smtp-rahasia' });
    expect(mimeParts(sink.messages[0]!.raw).length).toBeGreaterThan(1);
  });

  it('seals a password an older version wrote in clear the first time it is used', async () => {
    office = await openLetterOffice();
    sink = await startSmtpSink();
    await office.t.ok('letters.saveMailSettings', { ...account(sink.port), password: 'x' });
    await overwriteStored({ ...account(sink.port), password: 'sandi-lama' });

    expect((await send(await signedReplyId())).ok).toBe(true);
    expect(sink.messages[0]!.auth?.pass).toBe('sandi-lama');
    expect(await storedMail()).not.toContain('sandi-lama');
    expect(JSON.parse(await storedMail()).password).toMatch(/^kunci:/);
  });

  it('a password sealed on another PC asks to be typed again, and nothing is sent', async () => {
    office = await openLetterOffice();
    sink = await startSmtpSink();
    await office.t.ok('letters.saveMailSettings', { ...account(sink.port), password: 'sandi' });
    await overwriteStored({ ...account(sink.port), password: 'os:AAAA' });
    expect((await office.t.ok('letters.mailSettings', {})).passwordSet).toBe(true);

    const refused = await send(await signedReplyId());
    expect(refused.ok ? '' : refused.error.message).toBe('Rahasia ini disegel oleh sistem operasi PC lain; masukkan ulang kata sandinya. (Pengaturan → Surat → Surel)');
    expect(sink.messages).toEqual([]);
  });
});
