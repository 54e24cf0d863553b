import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuestVisitsTable } from '../../../electron/db/database-schema';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

/**
 * A short phone prefix ("0812") matches a good part of a big guest book. The repository
 * sorts up to 20,000 matches by time inside the phone index, and walks the visits newest
 * first beyond that; these tests hold both ways to the same answer: the newest visits, in
 * order, none missing, filters kept.
 */

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

type Visit = Omit<GuestVisitsTable, 'id'>;

/** `count` visits an hour apart from 2026-01-05, written straight into the table (thousands through the service would take minutes). */
async function insertVisits(count: number, phoneOf: (i: number) => string, status: (i: number) => Visit['status'] = () => 'aktif') {
  const start = Date.parse('2026-01-05T01:00:00Z');
  const rows: Visit[] = Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 3_600_000).toISOString();
    const cancelled = status(i) === 'dibatalkan';
    return {
      name: `Tamu ${i}`, nik: '', phone: phoneOf(i), address: '', institution: '', purpose: 'konsultasi', purpose_other: '', host: '',
      notes: '', time_in: at, time_out: null, status: status(i), cancel_reason: cancelled ? 'Salah input' : null,
      cancelled_at: cancelled ? at : null, cancelled_by: cancelled ? 'Rina' : null, created_by: 'Rina', updated_at: at,
    };
  });
  await t.backend.db.transaction().execute(async (trx) => {
    for (let k = 0; k < rows.length; k += 500) await trx.insertInto('guest_visits').values(rows.slice(k, k + 500)).execute();
  });
}

const names = async (query: string, extra: { includeCancelled?: boolean; limit?: number; range?: { from: string; to: string } } = {}) =>
  (await t.ok('guests.search', { query, limit: 200, ...extra })).rows.map((r) => r.name);

describe('searching the guest book by a short phone prefix', () => {
  it('gives the newest visits first when thousands match, as when a few do', async () => {
    // 5,000 visits: every other one from a 0812 number (2,500 matches, sorted in the index), the rest 0813.
    await insertVisits(5_000, (i) => (i === 10 ? '081299990000' : `08${i % 2 === 0 ? '12' : '13'}${String(i).padStart(8, '0')}`));
    const newest0812 = Array.from({ length: 5_000 }, (_, i) => i)
      .filter((i) => i % 2 === 0 || i === 10)
      .reverse()
      .slice(0, 200)
      .map((i) => `Tamu ${i}`);
    expect(await names('0812')).toEqual(newest0812);
    expect(await names('0813', { limit: 3 })).toEqual(['Tamu 4999', 'Tamu 4997', 'Tamu 4995']);
    expect(await names('08129999')).toEqual(['Tamu 10']);
  });

  it('walks the newest first past cancelled visits and within a date range when the prefix is common', async () => {
    // 21,000 visits from 0812 numbers: over the repository's sort limit of 20,000, so the walk answers; one is 0813.
    await insertVisits(21_000, (i) => `08${i === 20_990 ? '13' : '12'}${String(i).padStart(8, '0')}`, (i) => (i % 3 === 0 ? 'dibatalkan' : 'aktif'));
    const active = await names('0812', { includeCancelled: false, limit: 5 });
    expect(active).toEqual(['Tamu 20999', 'Tamu 20998', 'Tamu 20996', 'Tamu 20995', 'Tamu 20993']);
    expect(await names('0812', { limit: 201 })).toEqual(
      Array.from({ length: 202 }, (_, k) => 20_999 - k).filter((i) => i !== 20_990).map((i) => `Tamu ${i}`),
    );
    // 6 January in the office's time zone (WIB by default; visit 0 is at 08.00 on the 5th): visits 16–39.
    const day = await names('0812', { range: { from: '2026-01-06', to: '2026-01-06' } });
    expect(day).toEqual(Array.from({ length: 24 }, (_, k) => `Tamu ${39 - k}`));
  });
});
