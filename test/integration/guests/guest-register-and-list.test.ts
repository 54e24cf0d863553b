import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/contract/calls';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

const siti: CallInput<'guests.register'> = {
  name: 'Siti Rahmawati',
  phone: '+62 812-3456-7890',
  purpose: 'pengaduan_baru',
  host: 'Bidang Pengaduan',
};

const office = (timeZone: 'WIB' | 'WITA' | 'WIT'): CallInput<'settings.save'> => ({
  nameLines: ['Pemerintah Kota Uji', 'Dinas Komunikasi dan Informatika'],
  timeZone,
  paperSize: 'A4',
});

let t: TempBackend;

beforeEach(async () => {
  t = await openTempBackend(); // Monday 23 November 2026, 08.00 WIB
});

afterEach(async () => {
  await t.close();
});

const todayNames = async () => (await t.ok('guests.today', {})).rows.map((r) => r.name);

describe('registering a visitor and today\'s list', () => {
  it('lists a registered visitor today with the time taken from the clock', async () => {
    t.clock.advanceMinutes(15);
    const visit = await t.ok('guests.register', siti, 'Rina');

    expect(visit).toMatchObject({
      name: 'Siti Rahmawati',
      phone: '081234567890',
      purpose: 'pengaduan_baru',
      timeIn: '2026-11-23T01:15:00.000Z',
      timeOut: null,
      status: 'aktif',
      createdBy: 'Rina',
    });
    const today = await t.ok('guests.today', {});
    expect(today.truncated).toBe(false);
    expect(today.rows).toEqual([visit]);
  });

  it('refuses a desk that is not signed in, and records nothing', async () => {
    const refused = await t.backend.dispatch('guests.register', { input: siti });
    expect(refused.ok === false && refused.error.code).toBe('NOT_SIGNED_IN');
    const visit = await t.ok('guests.register', siti);
    expect(visit.createdBy).toBe('Petugas Uji');
    expect((await t.ok('guests.today', {})).rows).toHaveLength(1);
  });

  it('lists today newest first', async () => {
    await t.ok('guests.register', { ...siti, name: 'Pertama' });
    t.clock.advanceMinutes(5);
    await t.ok('guests.register', { ...siti, name: 'Kedua' });
    expect(await todayNames()).toEqual(['Kedua', 'Pertama']);
  });

  it('does not list a visit of yesterday', async () => {
    t.clock.set(new Date('2026-11-22T03:00:00Z')); // Sunday 10.00 WIB
    await t.ok('guests.register', { ...siti, name: 'Tamu Kemarin' });
    t.clock.set(new Date('2026-11-23T01:00:00Z'));
    await t.ok('guests.register', { ...siti, name: 'Tamu Hari Ini' });

    expect(await todayNames()).toEqual(['Tamu Hari Ini']);
  });

  it('starts today at 00.00 office time, not at 00.00 UTC', async () => {
    t.clock.set(new Date('2026-11-22T16:59:00Z')); // 23.59 WIB Sunday
    await t.ok('guests.register', { ...siti, name: 'Minggu Malam' });
    t.clock.set(new Date('2026-11-22T17:00:00Z')); // 00.00 WIB Monday
    await t.ok('guests.register', { ...siti, name: 'Senin Dini Hari' });

    t.clock.set(new Date('2026-11-23T09:00:00Z')); // 16.00 WIB Monday
    expect(await todayNames()).toEqual(['Senin Dini Hari']);
  });

  it('computes today in the office zone set in settings (WIT)', async () => {
    const saved = await t.ok('settings.save', office('WIT'), 'Admin');
    expect(saved.timeZone).toBe('WIT');

    t.clock.set(new Date('2026-11-23T16:30:00Z')); // 23.30 WIB Monday, but 01.30 WIT Tuesday
    await t.ok('guests.register', { ...siti, name: 'Tamu Jayapura' });

    // Monday afternoon in Jayapura: the visit belongs to Tuesday, not to today.
    t.clock.set(new Date('2026-11-23T06:00:00Z')); // 15.00 WIT Monday
    expect(await todayNames()).toEqual([]);

    t.clock.set(new Date('2026-11-24T00:00:00Z')); // 09.00 WIT Tuesday
    expect(await todayNames()).toEqual(['Tamu Jayapura']);
  });

  it('puts the same instant on Monday when the office is in WIB', async () => {
    t.clock.set(new Date('2026-11-23T16:30:00Z')); // 23.30 WIB Monday
    await t.ok('guests.register', { ...siti, name: 'Tamu Jakarta' });
    t.clock.set(new Date('2026-11-23T06:00:00Z')); // 13.00 WIB Monday
    expect(await todayNames()).toEqual(['Tamu Jakarta']);
  });
});

describe('checking a visitor out', () => {
  it('sets timeOut from the clock, and a second check-out is a conflict in Bahasa Indonesia', async () => {
    const visit = await t.ok('guests.register', siti, 'Rina');
    t.clock.advanceMinutes(45);

    const out = await t.ok('guests.checkOut', { id: visit.id }, 'Rina');
    expect(out.timeOut).toBe('2026-11-23T01:45:00.000Z');
    expect((await t.ok('guests.get', { id: visit.id })).timeOut).toBe('2026-11-23T01:45:00.000Z');

    t.clock.advanceMinutes(10);
    const again = await t.call('guests.checkOut', { id: visit.id }, 'Rina');
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.message).toContain('sudah tercatat selesai');
    expect(again.error.message).toContain('08.45 WIB');
    // The first time out stands.
    expect((await t.ok('guests.get', { id: visit.id })).timeOut).toBe('2026-11-23T01:45:00.000Z');
  });

  it('says in Bahasa Indonesia when the visit does not exist', async () => {
    const result = await t.call('guests.checkOut', { id: 999 });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Kunjungan tidak ditemukan.' } });
  });
});
