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
