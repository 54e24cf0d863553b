import crypto from 'node:crypto';
import path from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextNumber } from '../../../electron/backend/numbering/number-sequence';
import type { ComplaintsTable, Database } from '../../../electron/db/database-schema';
import { migrate } from '../../../electron/db/migrate';
import { openDatabase } from '../../../electron/db/open-database';
import { DEFAULT_REGISTER_NUMBERING, formatRegisterNumber } from '../../../shared/numbering/register-number';
import { generateTrackingCode } from '../../../shared/numbering/tracking-code';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const SCOPE = 'register-pengaduan';

/**
 * Two desks on one data folder: two independent connections to the same SQLite file, each
 * opened and migrated exactly as createBackend does (openDatabase + migrate), so their
 * writes meet only in SQLite's own locking.
 */
let dir: string;
let deskA: Kysely<Database>;
let deskB: Kysely<Database>;

beforeEach(async () => {
  dir = makeTempDir('meja-numbering-');
  const file = path.join(dir, 'meja-aduan.sqlite3');
  deskA = await openDatabase(file);
  await migrate(deskA as unknown as Kysely<unknown>);
  deskB = await openDatabase(file);
  await migrate(deskB as unknown as Kysely<unknown>);
});

afterEach(async () => {
  await deskA?.destroy();
  await deskB?.destroy();
  removeTempDir(dir);
});

/** Lets the other desk's statements run while this transaction holds the write lock. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A complaint row as the intake saves it, numbered `seq` in `year`. */
function complaintRow(seq: number, year: number, overrides: Partial<Insertable<ComplaintsTable>> = {}): Insertable<ComplaintsTable> {
  const receivedAt = `${year}-11-23T01:00:00.000Z`;
  return {
    register_year: year,
    register_seq: seq,
    register_number: formatRegisterNumber(DEFAULT_REGISTER_NUMBERING.pattern, {
      seq,
      unitCode: DEFAULT_REGISTER_NUMBERING.unitCode,
      classificationCode: DEFAULT_REGISTER_NUMBERING.classificationCode,
      year,
      month: 11,
    }),
    tracking_code: generateTrackingCode(crypto.randomBytes),
    channel: 'langsung',
    form: 'lisan',
    kind: 'pengaduan',
    category_id: null,
    subject: `Pengaduan nomor ${seq}`,
    description: 'Antrean pelayanan KTP terlalu lama.',
    requested_action: '',
    unit_complained: '',
    event_place: '',
    event_date: '',
    privacy: 'biasa',
    complainant_name: 'Siti Rahmawati',
    complainant_nik: '',
    complainant_phone: '',
    complainant_email: '',
    complainant_address: '',
    channel_details_json: '{}',
    lapor_tracking_id: null,
    guest_visit_id: null,
    settled_at_counter: 0,
    counter_answer: '',
    status: 'diterima',
    received_at: receivedAt,
    due_at: null,
    closed_at: null,
    merged_into_id: null,
    created_by: 'petugas',
    updated_at: receivedAt,
    ...overrides,
  };
}

/** What the intake does: take the next number and save the complaint under it, in one transaction. */
function registerComplaint(db: Kysely<Database>, year: number, overrides: Partial<Insertable<ComplaintsTable>> = {}) {
  return db.transaction().execute(async (trx) => {
    const seq = await nextNumber(trx, SCOPE, year);
    // Hold the lock across an await, as a real save does, so the other desk has to wait.
    await yieldToEventLoop();
    await trx.insertInto('complaints').values(complaintRow(seq, year, overrides)).execute();
    return seq;
  });
}

async function counters(db: Kysely<Database>) {
  return db.selectFrom('number_counters').selectAll().orderBy('scope').orderBy('year').execute();
}

describe('nextNumber', () => {
  it('gives two desks registering at the same moment 200 distinct numbers, exactly 1…200', async () => {
    const started = Date.now();
    const desks = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? deskA : deskB));
    const settled = await Promise.allSettled(desks.map((desk) => registerComplaint(desk, 2026)));

    // Any SQLITE_BUSY (or other failure) would show here, with its message, rather than as a count.
    const failures = settled.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message ?? r.reason)] : []));
    expect(failures).toEqual([]);

    const numbers = settled.map((r) => (r.status === 'fulfilled' ? r.value : -1));
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));

    // Each desk got its hundred, and the other desk sees all 200 rows and the counter at 200.
    const byA = numbers.filter((_, i) => i % 2 === 0);
    const byB = numbers.filter((_, i) => i % 2 === 1);
    expect(byA).toHaveLength(100);
    expect(byB).toHaveLength(100);
    expect(new Set([...byA, ...byB]).size).toBe(200);

    const rows = await deskB.selectFrom('complaints').select(['register_seq', 'register_number']).orderBy('register_seq').execute();
    expect(rows.map((r) => r.register_seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(rows[0]!.register_number).toBe('001/ADU/HM.01/XI/2026');
    expect(rows[199]!.register_number).toBe('200/ADU/HM.01/XI/2026');
    expect(await counters(deskA)).toEqual([{ scope: SCOPE, year: 2026, last_value: 200 }]);
    // Waiting desks wait, they do not give up: well within the 5 s busy timeout.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('makes the second desk wait while the first is saving, then gives it the next number', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let aTook = 0;
    const first = deskA.transaction().execute(async (trx) => {
      aTook = await nextNumber(trx, SCOPE, 2026);
      await held; // desk A is still filling in its save
      await trx.insertInto('complaints').values(complaintRow(aTook, 2026)).execute();
    });
    while (aTook === 0) await yieldToEventLoop();

    let bDone = false;
    const second = registerComplaint(deskB, 2026).then((n) => ((bDone = true), n));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bDone).toBe(false); // waiting on the lock, not failed and not numbered yet

    release();
    await first;
    expect(aTook).toBe(1);
    expect(await second).toBe(2);
  });

  it('does not use up a number when the transaction rolls back', async () => {
    expect(await registerComplaint(deskA, 2026)).toBe(1);

    let handedOut = 0;
    await expect(
      deskB.transaction().execute(async (trx) => {
        handedOut = await nextNumber(trx, SCOPE, 2026);
        throw new Error('penyimpanan dibatalkan');
      }),
    ).rejects.toThrow('penyimpanan dibatalkan');
    expect(handedOut).toBe(2);
    expect(await counters(deskA)).toEqual([{ scope: SCOPE, year: 2026, last_value: 1 }]);

    // The next save, from either desk, gets the number the failed one had.
    expect(await registerComplaint(deskA, 2026)).toBe(2);
  });

  it('does not skip a number when the complaint insert itself fails', async () => {
    await registerComplaint(deskA, 2026, { tracking_code: 'KQ4MX2RBX' });
    // Same tracking code: the UNIQUE constraint refuses the row after the number was taken.
    await expect(registerComplaint(deskB, 2026, { tracking_code: 'KQ4MX2RBX' })).rejects.toThrow(/UNIQUE/);

    expect(await counters(deskB)).toEqual([{ scope: SCOPE, year: 2026, last_value: 1 }]);
    expect(await registerComplaint(deskB, 2026)).toBe(2);
    const seqs = await deskA.selectFrom('complaints').select('register_seq').orderBy('register_seq').execute();
    expect(seqs.map((r) => r.register_seq)).toEqual([1, 2]);
  });

  it('starts again at 1 in a new year and keeps the old year counting on', async () => {
    for (const expected of [1, 2, 3]) expect(await registerComplaint(deskA, 2026)).toBe(expected);
    expect(await registerComplaint(deskB, 2027)).toBe(1);
    expect(await registerComplaint(deskA, 2027)).toBe(2);
    // A late entry for the old year (received 31 December, saved after New Year) continues 2026.
    expect(await registerComplaint(deskB, 2026)).toBe(4);

    expect(await counters(deskA)).toEqual([
      { scope: SCOPE, year: 2026, last_value: 4 },
      { scope: SCOPE, year: 2027, last_value: 2 },
    ]);
    const numbers = await deskA.selectFrom('complaints').select('register_number').orderBy('id').execute();
    expect(numbers.map((r) => r.register_number)).toEqual([
      '001/ADU/HM.01/XI/2026',
      '002/ADU/HM.01/XI/2026',
      '003/ADU/HM.01/XI/2026',
      '001/ADU/HM.01/XI/2027',
      '002/ADU/HM.01/XI/2027',
      '004/ADU/HM.01/XI/2026',
    ]);
  });

  it('keeps separate sequences apart', async () => {
    const take = (db: Kysely<Database>, scope: string) => db.transaction().execute((trx) => nextNumber(trx, scope, 2026));
    expect(await take(deskA, SCOPE)).toBe(1);
    expect(await take(deskB, 'surat-keluar')).toBe(1);
    expect(await take(deskA, SCOPE)).toBe(2);
    expect(await take(deskB, 'surat-keluar')).toBe(2);
    expect(await take(deskB, 'surat-keluar')).toBe(3);
    expect(await counters(deskA)).toEqual([
      { scope: SCOPE, year: 2026, last_value: 2 },
      { scope: 'surat-keluar', year: 2026, last_value: 3 },
    ]);
  });

  it('refuses an empty scope or an impossible year and writes nothing', async () => {
    for (const [scope, year] of [['', 2026], ['  ', 2026], [SCOPE, 0], [SCOPE, 2026.5], [SCOPE, 10_000]] as const) {
      await expect(deskA.transaction().execute((trx) => nextNumber(trx, scope, year))).rejects.toThrow(/nextNumber/);
    }
    expect(await counters(deskA)).toEqual([]);
  });
});
