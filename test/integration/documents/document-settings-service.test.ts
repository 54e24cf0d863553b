import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../electron/backend/accounts/password-hash';
import { renderLetterPdf } from '../../../electron/documents/letter-document';
import { DEFAULT_DOCUMENT_SETTINGS, marginsTuple, type DocumentSettings } from '../../../shared/office/document-settings';
import { intakeInput } from '../../support/complaint-fixtures';
import { darkRunsDown, pdfWordBoxes } from '../../support/pdf-tools';
import { openTempBackend, TEST_PASSWORD, type TempBackend } from '../../support/temp-backend';
import { replyLetter } from './letter-fixtures';

// settings.documents / settings.saveDocuments through the real dispatcher on a real SQLite file.

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(async () => {
  await t.close();
});

const CUSTOM: DocumentSettings = { font: 'bookman', marginsCm: { left: 3.5, top: 2.5, right: 2, bottom: 2 }, letterheadRule: 'single', printParafOnFileCopy: false };

describe('Document settings', () => {
  it('starts from the DOMAIN.md defaults: Arial, 3/2/2/2.5 cm, double rule, paraf on the file copy', async () => {
    expect(await t.ok('settings.documents', {})).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    expect(DEFAULT_DOCUMENT_SETTINGS.marginsCm).toEqual({ left: 3, top: 2, right: 2, bottom: 2.5 });
  });

  it('saves, reads back after a restart of the service cache, and records who changed what', async () => {
    t.clock.set(new Date('2026-11-23T02:00:00Z'));
    expect(await t.ok('settings.saveDocuments', CUSTOM, 'Admin Kantor')).toEqual(CUSTOM);
    expect(await t.ok('settings.documents', {})).toEqual(CUSTOM);
    const stored = await t.backend.db.selectFrom('settings').select(['value_json', 'updated_by', 'updated_at']).where('key', '=', 'documents').executeTakeFirstOrThrow();
    expect(JSON.parse(stored.value_json)).toEqual(CUSTOM);
    expect(stored.updated_by).toBe('Admin Kantor');
    const audit = await t.backend.db.selectFrom('audit_log').select(['actor', 'at', 'changes_json', 'reason']).where('entity_type', '=', 'settings').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.actor).toBe('Admin Kantor');
    expect(audit.at).toBe('2026-11-23T02:00:00.000Z');
    expect(audit.reason).toBe('Pengaturan dokumen surat');
    expect(JSON.parse(audit.changes_json)).toEqual({
      font: ['arial', 'bookman'],
      margins: ['3/2/2/2.5 cm', '3.5/2.5/2/2 cm'],
      letterheadRule: ['double', 'single'],
      printParafOnFileCopy: ['ya', 'tidak'],
    });
  });

  it.each([
    [{ ...CUSTOM, marginsCm: { ...CUSTOM.marginsCm, left: 0.5 } }, 'Margin kiri paling kecil 1 cm.'],
    [{ ...CUSTOM, marginsCm: { ...CUSTOM.marginsCm, bottom: 7 } }, 'Margin bawah paling besar 5 cm.'],
    [{ ...CUSTOM, font: 'comic' }, 'Pilih huruf: Arial, Times New Roman atau Bookman Old Style.'],
    [{ ...CUSTOM, letterheadRule: 'triple' }, 'Pilih garis kop surat: satu garis atau garis ganda.'],
  ])('refuses bad input with an Indonesian message and changes nothing (%#)', async (input, message) => {
    const r = await t.call('settings.saveDocuments', input as DocumentSettings);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(await t.ok('settings.documents', {})).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    const rows = await t.backend.db.selectFrom('audit_log').select('id').where('entity_type', '=', 'settings').execute();
    expect(rows).toHaveLength(0);
  });

  it('lets only an administrator save them; every signed-in user may read them', async () => {
    const at = new Date(0).toISOString();
    const user = await t.backend.db.insertInto('users').values({
      username: 'staf.sekretariat', name: 'Staf Sekretariat', nip: '', password_hash: await hashPassword(TEST_PASSWORD, 10), is_admin: 0, permissions_json: '[]',
      active: 1, failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    const session = t.backend.openTrustedSession(user.id);
    const read = await t.backend.dispatch('settings.documents', { input: {}, session });
    expect(read.ok).toBe(true);
    const write = await t.backend.dispatch('settings.saveDocuments', { input: CUSTOM, session });
    expect(write.ok).toBe(false);
    expect(await t.ok('settings.documents', {})).toEqual(DEFAULT_DOCUMENT_SETTINGS);
  });

  it('rounds margins to millimetres, and the letter prints with them', async () => {
    const saved = await t.ok('settings.saveDocuments', { ...CUSTOM, marginsCm: { left: 4.04999, top: 2, right: 2, bottom: 2 } });
    expect(saved.marginsCm.left).toBe(4);
    const pdf = await renderLetterPdf(replyLetter({ marginsCm: marginsTuple(saved.marginsCm), letterheadRule: saved.letterheadRule, font: saved.font }));
    const nomor = pdfWordBoxes(pdf)[0]!.words.find((w) => w.text === 'Nomor')!;
    expect(nomor.xMin).toBeCloseTo(113.39, 0);
  });

  it('the letterhead rule reaches every printed kop, not only letters: the receipt and the guest book follow it', async () => {
    await t.ok('settings.save', { ...(await t.ok('settings.get', {})), nameLines: ['PEMERINTAH KOTA PALU', 'DINAS KOPERASI'], address: 'Jl. Sam Ratulangi No. 1', email: 'diskop@palukota.go.id' });
    const complaint = await t.ok('complaints.intake', intakeInput());
    /** Rules crossed going down from the contact line to the first word under the kop. */
    const rules = (base64: string) => {
      const pdf = Buffer.from(base64, 'base64');
      const words = pdfWordBoxes(pdf)[0]!.words;
      // The kop's own contact line: the topmost (the receipt repeats the address in its text).
      const contact = Math.min(...words.filter((w) => w.text.includes('diskop@')).map((w) => w.yMax));
      const below = Math.min(...words.filter((w) => w.yMin > contact + 2).map((w) => w.yMin));
      return darkRunsDown(pdf, 1, 280, contact + 1, below - 1);
    };
    const printAll = async () => [
      rules((await t.ok('complaints.receipt', { id: complaint.id })).base64),
      rules((await t.ok('guests.printBook', { range: { from: '2026-11-23', to: '2026-11-23' } })).base64),
    ];
    expect(await printAll()).toEqual([2, 2]);
    await t.ok('settings.saveDocuments', { ...DEFAULT_DOCUMENT_SETTINGS, letterheadRule: 'single' });
    expect(await printAll()).toEqual([1, 1]);
  });
});
