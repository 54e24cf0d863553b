import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;

beforeEach(async () => {
  t = await openTempBackend();
  t.clock.set(new Date('2026-11-22T03:00:00Z')); // Sunday, not in the range below
  await t.ok('guests.register', { name: 'Tamu Minggu', purpose: 'konsultasi' }, 'Rina');
  t.clock.set(new Date('2026-11-23T01:15:00Z')); // Monday 08.15 WIB
  await t.ok('guests.register', { name: 'Siti Rahmawati', nik: '3271014506900001', phone: '0812 3456 7890', purpose: 'pengaduan_baru' }, 'Rina');
  t.clock.set(new Date('2026-11-23T02:30:00Z')); // Monday 09.30 WIB
  await t.ok('guests.register', { name: 'Agus Salim', purpose: 'antar_surat', institution: 'PT Maju; Tbk' }, 'Rina');
});

afterEach(async () => {
  await t.close();
});

const monday = { from: '2026-11-23', to: '2026-11-23' };

describe('guest book files', () => {
  it('exports a day as a base64 CSV with the header and the day\'s rows, oldest first', async () => {
    const file = await t.ok('guests.exportCsv', { range: monday });
    expect(file.fileName).toBe('buku-tamu_2026-11-23.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');

    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFNo;Tanggal;Jam Masuk (WIB);')).toBe(true);
    const rows = text.slice(1).split('\r\n').filter((l) => l !== '');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^1;2026-11-23;08\.15;;Siti Rahmawati;="3271014506900001";="081234567890";/);
    expect(rows[2]).toMatch(/^2;2026-11-23;09\.30;;Agus Salim;;;;"PT Maju; Tbk";Antar surat;/);
    expect(text).not.toContain('Tamu Minggu');
  });

  it('names a multi-day export after its range', async () => {
    const file = await t.ok('guests.exportCsv', { range: { from: '2026-11-22', to: '2026-11-23' } });
    expect(file.fileName).toBe('buku-tamu_2026-11-22_sd_2026-11-23.csv');
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('Tamu Minggu');
  });

  it('prints a day as a PDF', async () => {
    const file = await t.ok('guests.printBook', { range: monday }, 'Rina');
    expect(file.fileName).toBe('buku-tamu_2026-11-23.pdf');
    expect(file.mimeType).toBe('application/pdf');
    expect(file.base64.startsWith('JVBER')).toBe(true);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a range longer than a year with an Indonesian message', async () => {
    for (const name of ['guests.printBook', 'guests.exportCsv'] as const) {
      const result = await t.call(name, { range: { from: '2025-01-01', to: '2026-11-23' } });
      expect(result.ok, name).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toBe('Rentang tanggal paling panjang satu tahun.');
      expect(result.error.fields).toEqual({ 'range.to': 'Rentang tanggal paling panjang satu tahun.' });
    }
  });
});
