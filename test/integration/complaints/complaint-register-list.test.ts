import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
  await t.ok('complaints.intake', intakeInput({ subject: 'Jalan rusak di depan kantor', description: 'Lubang besar di jalan masuk kantor dinas membahayakan pengendara motor.', unitComplained: 'Subbag Umum' }));
  t.clock.advanceMinutes(60);
  await t.ok('complaints.intake', intakeInput({ channel: 'telepon', kind: 'aspirasi', subject: 'Usulan pelatihan UMKM', description: 'Mohon pelatihan pemasaran daring untuk pelaku usaha mikro.', complainant: { name: 'Budi Santoso', nik: '', phone: '085211112222', email: '', address: '' } }));
  t.clock.advanceMinutes(60);
  await t.ok('complaints.intake', intakeInput({ privacy: 'rahasia', subject: 'Dugaan pungutan liar', description: 'Petugas meminta uang tambahan untuk mempercepat izin usaha.', complainant: { name: 'Dewi Kartika', nik: '', phone: '081377778888', email: '', address: '' } }));
});
afterEach(() => t.close());

describe('the register list', () => {
  it('pages newest first with a total', async () => {
    const page = await t.ok('complaints.list', { filter: {}, offset: 0, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.subject)).toEqual(['Dugaan pungutan liar', 'Usulan pelatihan UMKM']);
    const next = await t.ok('complaints.list', { filter: {}, offset: 2, limit: 2 });
    expect(next.rows.map((r) => r.subject)).toEqual(['Jalan rusak di depan kantor']);
  });

  it('filters by channel, kind, privacy, unit, status and date range', async () => {
    const subjects = async (filter: object) => (await t.ok('complaints.list', { filter })).rows.map((r) => r.subject);
    expect(await subjects({ channels: ['telepon'] })).toEqual(['Usulan pelatihan UMKM']);
    expect(await subjects({ kinds: ['aspirasi'] })).toEqual(['Usulan pelatihan UMKM']);
    expect(await subjects({ privacy: ['rahasia'] })).toEqual(['Dugaan pungutan liar']);
    expect(await subjects({ unit: 'subbag' })).toEqual(['Jalan rusak di depan kantor']);
    expect(await subjects({ statuses: ['ditutup'] })).toEqual([]);
    expect(await subjects({ range: { from: '2026-11-24', to: '2026-11-30' } })).toEqual([]);
    expect((await subjects({ range: { from: '2026-11-23', to: '2026-11-23' } })).length).toBe(3);
  });

  it('sorts by register number both ways', async () => {
    const asc = await t.ok('complaints.list', { filter: { sort: 'registerNumber', direction: 'asc' } });
    expect(asc.rows.map((r) => r.registerNumber)).toEqual(['001/ADU/HM.01/XI/2026', '002/ADU/HM.01/XI/2026', '003/ADU/HM.01/XI/2026']);
  });

  it('searches subject and description, and names only of ordinary complaints', async () => {
    const found = async (query: string) => (await t.ok('complaints.list', { filter: { query } })).rows.map((r) => r.subject);
    expect(await found('pelatihan daring')).toEqual(['Usulan pelatihan UMKM']);
    expect(await found('lubang')).toEqual(['Jalan rusak di depan kantor']);
    expect(await found('budi')).toEqual(['Usulan pelatihan UMKM']);
    expect(await found('kartika')).toEqual([]);
    expect(await found('pungutan')).toEqual(['Dugaan pungutan liar']);
  });

  it('counts a filter in its own call, as the register asks after its first page', async () => {
    expect(await t.ok('complaints.count', { filter: {} })).toEqual({ total: 3 });
    expect(await t.ok('complaints.count', { filter: { channels: ['telepon'] } })).toEqual({ total: 1 });
    expect(await t.ok('complaints.count', { filter: { query: 'kantor' } })).toEqual({ total: 1 });
    const page = await t.ok('complaints.list', { filter: {}, offset: 0, limit: 2, withTotal: false });
    expect(page.total).toBeNull();
    expect(page.rows).toHaveLength(2);
    const bad = await t.call('complaints.count', { filter: { channels: ['merpati'] } } as never);
    expect(bad.ok).toBe(false);
  });

  it('filters by a unit typed with % or _ as those very characters', async () => {
    await t.ok('complaints.intake', intakeInput({ subject: 'Potongan 100% tunjangan', unitComplained: 'Seksi 100% Digital' }));
    await t.ok('complaints.intake', intakeInput({ subject: 'Potongan tunjangan lain', unitComplained: 'Seksi 1000 Digital' }));
    await t.ok('complaints.intake', intakeInput({ subject: 'Loket pajak', unitComplained: 'UPT_Pajak' }));
    await t.ok('complaints.intake', intakeInput({ subject: 'Loket pajak lain', unitComplained: 'UPTxPajak' }));
    const subjects = async (unit: string) => (await t.ok('complaints.list', { filter: { unit } })).rows.map((r) => r.subject);
    expect(await subjects('100%')).toEqual(['Potongan 100% tunjangan']);
    expect(await subjects('upt_')).toEqual(['Loket pajak']);
    expect(await subjects('seksi 100')).toEqual(['Potongan tunjangan lain', 'Potongan 100% tunjangan']);
    expect(await subjects('\\')).toEqual([]);
  });

  it('finds complainants by name in the name index: ordinary only, counted once with the text', async () => {
    await t.ok('complaints.intake', intakeInput({ privacy: 'anonim', subject: 'Surat kaleng soal Santoso', description: 'Tanpa identitas.', complainant: { phone: '085200000000' } }));
    await t.ok('complaints.intake', intakeInput({ subject: 'Budi Santoso minta kepastian', description: 'Pelapor yang sama menanyakan lagi.', complainant: { name: 'Budi Santoso', nik: '', phone: '085211112222', email: '', address: '' } }));
    const found = async (query: string) => {
      const page = await t.ok('complaints.list', { filter: { query } });
      const { total } = await t.ok('complaints.count', { filter: { query } });
      expect(total, query).toBe(page.rows.length);
      return page.rows.map((r) => r.subject);
    };
    // Name and text of the newest both say Santoso: one row, counted once; the anonymous one only by its text.
    expect(await found('santoso')).toEqual(['Budi Santoso minta kepastian', 'Surat kaleng soal Santoso', 'Usulan pelatihan UMKM']);
    expect(await found('budi santoso')).toEqual(['Budi Santoso minta kepastian', 'Usulan pelatihan UMKM']);
    // Dewi Kartika filed in confidence: her name finds nothing, her words still do.
    expect(await found('dewi')).toEqual([]);
    expect(await found('pungutan')).toEqual(['Dugaan pungutan liar']);
    // With another filter the search takes the general path, with the same rules.
    const withChannel = await t.ok('complaints.list', { filter: { query: 'santoso', channels: ['telepon'] } });
    expect(withChannel.rows.map((r) => r.subject)).toEqual(['Usulan pelatihan UMKM']);
    expect(await t.ok('complaints.count', { filter: { query: 'kartika', privacy: ['rahasia'] } })).toEqual({ total: 0 });
  });

  it('exports the current view as CSV and XLSX with identities masked', async () => {
    const csv = await t.ok('complaints.export', { filter: { privacy: ['rahasia', 'biasa'] }, format: 'csv' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFNo. Register;Kode Pelacakan;')).toBe(true);
    expect(text).toContain('D*** K*** (rahasia)');
    expect(text).not.toContain('Dewi Kartika');
    const xlsx = await t.ok('complaints.export', { filter: { channels: ['telepon'] }, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Register Pengaduan')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(8).value).toBe('Usulan pelatihan UMKM');
  });
});
