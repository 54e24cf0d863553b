import path from 'node:path';
import os from 'node:os';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callAccess } from '../../../shared/accounts/call-permissions';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

/**
 * The print log and the per-kind settings, on a PC whose printing system cannot be
 * reached: CUPS_SERVER names a socket nobody listens on, so the real `lp` and `lpstat`
 * fail the way they do on a PC with CUPS stopped.
 */
let t: TempBackend;
const serverBefore = process.env.CUPS_SERVER;

beforeAll(() => {
  process.env.CUPS_SERVER = path.join(os.tmpdir(), 'meja-tidak-ada-cups.sock');
});
afterAll(() => {
  if (serverBefore === undefined) delete process.env.CUPS_SERVER;
  else process.env.CUPS_SERVER = serverBefore;
});
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

const CUPS_DOWN = 'Layanan cetak (CUPS) di komputer ini tidak berjalan atau tidak dapat dihubungi. Nyalakan layanan cetak, atau cetak lewat dialog.';

describe('the print log', () => {
  it('records who printed what and when, newest first, filtered by day, kind and clerk', async () => {
    await t.ok('printing.recordDialogPrint', { documentKind: 'tanda-terima', title: 'Tanda terima 001/ADU', reference: '7KQ4MX2RB', pages: 1, paper: 'A4' }, 'Rina Oktaviani');
    t.clock.advanceMinutes(24 * 60);
    await t.ok('printing.recordDialogPrint', { documentKind: 'lembar-disposisi', title: 'Lembar disposisi 001/ADU', copies: 2 }, 'Budi Santoso');
    t.clock.advanceMinutes(24 * 60);
    const last = await t.ok('printing.recordDialogPrint', { documentKind: 'surat-jawaban', title: 'Surat jawaban 045/DKUKM' }, 'Rina Oktaviani');
    expect(last).toMatchObject({ method: 'dialog', status: 'terkirim', printer: '', copies: 1, pages: null, jobId: null, printedBy: 'Rina Oktaviani', printedAt: '2026-11-25T01:00:00.000Z' });

    const all = await t.ok('printing.log', {});
    expect(all.total).toBe(3);
    expect(all.printedBy).toEqual(['Budi Santoso', 'Rina Oktaviani']);
    expect(all.rows.map((r) => [r.printedAt, r.documentKind, r.printedBy])).toEqual([
      ['2026-11-25T01:00:00.000Z', 'surat-jawaban', 'Rina Oktaviani'],
      ['2026-11-24T01:00:00.000Z', 'lembar-disposisi', 'Budi Santoso'],
      ['2026-11-23T01:00:00.000Z', 'tanda-terima', 'Rina Oktaviani'],
    ]);
    expect(all.rows[2]).toMatchObject({ title: 'Tanda terima 001/ADU', reference: '7KQ4MX2RB', pages: 1, paper: 'A4' });

    expect((await t.ok('printing.log', { documentKind: 'lembar-disposisi' })).rows.map((r) => r.printedBy)).toEqual(['Budi Santoso']);
    expect((await t.ok('printing.log', { printedBy: 'Rina Oktaviani' })).total).toBe(2);
    const tuesday = await t.ok('printing.log', { range: { from: '2026-11-24', to: '2026-11-24' } });
    expect(tuesday.rows.map((r) => r.title)).toEqual(['Lembar disposisi 001/ADU']);
    const second = await t.ok('printing.log', { limit: 1, offset: 1 });
    expect(second).toMatchObject({ total: 3, rows: [{ documentKind: 'lembar-disposisi' }] });
  });

  it('counts office days in the office’s time zone', async () => {
    // Monday 23.30 WIB is already Tuesday in WIT.
    t.clock.set(new Date('2026-11-23T16:30:00Z'));
    await t.ok('printing.recordDialogPrint', { documentKind: 'buku-tamu', title: 'Buku tamu' });
    expect((await t.ok('printing.log', { range: { from: '2026-11-23', to: '2026-11-23' } })).total).toBe(1);
    const office = await t.ok('settings.get', {});
    await t.ok('settings.save', { ...office, timeZone: 'WIT' });
    expect((await t.ok('printing.log', { range: { from: '2026-11-23', to: '2026-11-23' } })).total).toBe(0);
    expect((await t.ok('printing.log', { range: { from: '2026-11-24', to: '2026-11-24' } })).total).toBe(1);
  });

  it('refuses a reversed date range in Indonesian', async () => {
    const r = await t.call('printing.log', { range: { from: '2026-11-24', to: '2026-11-23' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'range.to': 'Tanggal awal harus sebelum tanggal akhir.' } } });
  });
});

describe('print settings', () => {
  it('saves a kind’s printer, paper, copies and method, and records each change in the audit log', async () => {
    const view = await t.ok('printing.saveSettings', {
      kinds: [
        { documentKind: 'tanda-terima', printer: 'Loket_Epson', paper: 'A4', copies: 2, method: 'langsung', duplex: false },
        { documentKind: 'lembar-disposisi', printer: null, paper: '215x165mm', copies: 1, method: 'dialog', duplex: false },
      ],
    }, 'Admin Kantor');
    expect(view.kinds.find((k) => k.documentKind === 'tanda-terima')).toEqual({
      documentKind: 'tanda-terima', printer: 'Loket_Epson', paper: 'A4', copies: 2, method: 'langsung', duplex: false,
    });
    expect((await t.ok('printing.settings', {})).kinds[0]).toMatchObject({ printer: 'Loket_Epson', copies: 2 });

    // The lembar disposisi was saved as it already was: no audit row for it.
    const audit = await t.backend.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'print_setting').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: 1, action: 'diubah', actor: 'Admin Kantor', reason: 'Pengaturan cetak Tanda terima pengaduan' });
    expect(JSON.parse(audit[0]!.changes_json)).toEqual({
      printer: [null, 'Loket_Epson'], copies: ['1', '2'], method: ['dialog', 'langsung'],
    });
  });

  it('refuses bad settings with Indonesian messages and changes nothing', async () => {
    const zero = await t.call('printing.saveSettings', {
      kinds: [{ documentKind: 'tanda-terima', printer: 'Loket', paper: 'A4', copies: 0, method: 'langsung', duplex: false }],
    });
    expect(zero).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'kinds.0.copies': 'Jumlah salinan paling sedikit 1.' } } });
    const twice = await t.call('printing.saveSettings', {
      kinds: [
        { documentKind: 'sk-tim', printer: null, paper: 'F4', copies: 1, method: 'dialog', duplex: false },
        { documentKind: 'sk-tim', printer: null, paper: 'A4', copies: 1, method: 'dialog', duplex: false },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { fields: { kinds: 'Setiap jenis dokumen hanya boleh muncul sekali.' } } });
    const paper = await t.call('printing.saveSettings', {
      kinds: [{ documentKind: 'sk-tim', printer: null, paper: 'Letter' as 'A4', copies: 1, method: 'dialog', duplex: false }],
    });
    expect(paper).toMatchObject({ ok: false, error: { fields: { 'kinds.0.paper': 'Pilih kertas: A4, F4, A5, ½ folio atau label 100 × 50 mm.' } } });
    expect(await t.backend.db.selectFrom('print_settings').selectAll().execute()).toEqual([]);
  });

  it('lets only administrators change them, while every clerk may print and read the log', () => {
    expect(callAccess('printing.saveSettings').kind).toBe('admin');
    for (const name of ['printing.printers', 'printing.settings', 'printing.print', 'printing.recordDialogPrint', 'printing.log']) {
      expect(callAccess(name).kind, name).toBe('signed-in');
    }
  });
});

describe('a PC whose printing system is stopped', () => {
  it('says so instead of listing printers, and offers the dialog', async () => {
    expect(await t.ok('printing.printers', {})).toEqual({ available: false, problem: CUPS_DOWN, printers: [] });
    expect((await t.ok('printing.settings', {})).direct).toEqual({ available: false, problem: CUPS_DOWN });
  });

  it('fails a direct print with that message and logs the attempt', async () => {
    const complaint = await t.ok('complaints.intake', intakeInput());
    const r = await t.call('printing.print', {
      documentKind: 'tanda-terima', source: { call: 'complaints.receipt', input: { id: complaint.id } }, printer: 'MejaPDF',
    });
    expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: CUPS_DOWN } });
    const rows = await t.backend.db.selectFrom('print_log').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ status: 'gagal', error: CUPS_DOWN, printer: 'MejaPDF', pages: 1, method: 'langsung' })]);
  });
});
