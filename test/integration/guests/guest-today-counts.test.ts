import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

describe("today's list", () => {
  it('shows the newest 200 visits but counts the whole day for the badge', async () => {
    for (let i = 0; i < 203; i++) {
      t.clock.advanceMinutes(1);
      await t.ok('guests.register', { name: `Tamu ${i}`, purpose: 'konsultasi' });
    }
    const first = (await t.ok('guests.search', { query: 'Tamu', limit: 1 })).rows[0]!;
    await t.ok('guests.checkOut', { id: first.id });
    await t.ok('guests.cancel', { id: first.id - 1, reason: 'Tercatat dua kali' });

    const today = await t.ok('guests.today', {});
    expect(today.rows).toHaveLength(200);
    expect(today.truncated).toBe(true);
    expect(today.rows[0]!.name).toBe('Tamu 202');
    expect(today.counts).toEqual({ visits: 202, present: 201 });
  });
});
