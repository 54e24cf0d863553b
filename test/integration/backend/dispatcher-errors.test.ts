import { sql } from 'kysely';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ENVELOPE_BYTES } from '../../../shared/contract/call-result';
import type { CallInput } from '../../../shared/contract/calls';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

const siti: CallInput<'guests.register'> = { name: 'Siti Rahmawati', purpose: 'konsultasi' };

let t: TempBackend | undefined;

afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function open(options: Parameters<typeof openTempBackend>[0] = {}): Promise<TempBackend> {
  t = await openTempBackend(options);
  return t;
}

async function counts(b: TempBackend) {
  const count = async (table: 'guest_visits' | 'audit_log') =>
    Number((await b.backend.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const fts = await sql<{ n: number }>`SELECT count(*) AS n FROM guest_visits_fts`.execute(b.backend.db);
  return { guests: await count('guest_visits'), audit: await count('audit_log'), fts: Number(fts.rows[0]!.n) };
}

/** No stack frames, source paths or SQLite internals in a message meant for a clerk. */
function expectCleanMessage(message: string): void {
  expect(message).not.toMatch(/\bat /);
  expect(message).not.toMatch(/[/\\][\w.-]+\.(ts|js|cjs|mjs)/);
  expect(message).not.toMatch(/SQLITE|Error:|node_modules/);
}

function rawOpen(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}
const rawExec = (db: sqlite3.Database, statement: string) =>
  new Promise<void>((resolve, reject) => db.exec(statement, (err) => (err ? reject(err) : resolve())));
const rawClose = (db: sqlite3.Database) =>
  new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));

describe('dispatcher: malformed calls', () => {
  it('answers an unknown call with UNKNOWN_CALL', async () => {
    const b = await open();
    const result = await b.backend.dispatch('guests.hapusSemua', { input: {} });
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Perintah "guests.hapusSemua" tidak dikenal oleh aplikasi.' },
    });
    // Object.prototype members are not calls either.
    const proto = await b.backend.dispatch('toString', { input: {} });
    expect(proto.ok === false && proto.error.code).toBe('UNKNOWN_CALL');
  });

  it('answers an envelope that is not an object with BAD_REQUEST', async () => {
    const b = await open();
    for (const envelope of [null, 'input', 42, [{ input: {} }], undefined]) {
      const result = await b.backend.dispatch('guests.today', envelope);
      expect(result.ok, JSON.stringify(envelope)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BAD_REQUEST');
        expect(result.error.message).toBe('Permintaan tidak berbentuk yang benar.');
      }
    }
  });

  it('answers an input of the wrong type with VALIDATION naming the field in Bahasa Indonesia', async () => {
    const b = await open();
    const result = await b.dispatch('guests.register', { input: { name: 42, purpose: 'konsultasi' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.name).toBe('Nama harus berupa teks.');
    expect(result.error.message).toBe('Nama harus berupa teks.');
    expect((await counts(b)).guests).toBe(0);
  });

  it('summarises several wrong fields in one Indonesian sentence', async () => {
    const b = await open();
    const result = await b.dispatch('guests.register', { input: { name: '', purpose: 'x', nik: '12' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['name', 'nik', 'purpose']);
    expect(result.error.message).toMatch(/\(dan 2 isian lain perlu diperbaiki\)$/);
  });

  it('refuses an envelope over 2 MiB with TOO_LARGE and writes nothing', async () => {
    const b = await open();
    const notes = 'x'.repeat(MAX_ENVELOPE_BYTES + 1);
    const result = await b.backend.dispatch('guests.register', { input: { ...siti, notes } });
    expect(result).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: 'Data yang dikirim terlalu besar.' } });
    expect(await counts(b)).toEqual({ guests: 0, audit: 0, fts: 0 });
  });
});

describe('dispatcher: faults', () => {
  it('turns a service fault into INTERNAL without leaking a stack trace, and logs the fault', async () => {
    const logged: unknown[] = [];
    const b = await open({ log: (err) => logged.push(err) });
    // A fault no service expects: the history table is gone, so register fails half-way.
    await sql`DROP TABLE audit_log`.execute(b.backend.db);

    const result = await b.call('guests.register', siti, 'Rina');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).toBe(
      'Terjadi kesalahan di aplikasi; data tidak diubah. Coba lagi, dan laporkan bila terulang.',
    );
    expectCleanMessage(result.error.message);
    expect(JSON.stringify(result)).not.toContain('audit_log');
    expect(logged).toHaveLength(1);
    // "data tidak diubah" holds: the visit written before the fault was rolled back.
    const guests = await b.backend.db.selectFrom('guest_visits').selectAll().execute();
    expect(guests).toEqual([]);
  });

  it('answers DB_BUSY while another process holds the lock, and leaves no partial rows', async () => {
    const b = await open({ busyTimeoutMs: 50 });
    await b.ok('guests.register', { ...siti, name: 'Sebelum Dikunci' }, 'Rina');
    const before = await counts(b);

    const other = await rawOpen(b.databaseFile);
    try {
      await rawExec(other, 'BEGIN EXCLUSIVE');
      const started = Date.now();
      const result = await b.call('guests.register', siti, 'Rina');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('DB_BUSY');
      expect(result.error.message).toContain('isian Anda tidak hilang');
      expectCleanMessage(result.error.message);
    } finally {
      await rawExec(other, 'ROLLBACK');
      await rawClose(other);
    }

    expect(await counts(b)).toEqual(before);
    // Once the lock is gone the same visitor saves normally.
    await b.ok('guests.register', siti, 'Rina');
    expect((await counts(b)).guests).toBe(before.guests + 1);
  });

  it('answers DISK_FULL when the database cannot grow, and leaves no partial rows', async () => {
    const b = await open();
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(b.backend.db);
    await b.session(); // signed in before the disk fills up
    const pageCount = Number(pages.rows[0]!.page_count);
    await sql.raw(`PRAGMA max_page_count = ${pageCount}`).execute(b.backend.db);

    // The first visits may still fit in free space of existing pages; keep registering
    // until the file has to grow.
    let failure: { code: string; message: string } | undefined;
    let before = await counts(b);
    for (let i = 0; i < 200 && !failure; i++) {
      before = await counts(b);
      const result = await b.call('guests.register', { ...siti, name: `Tamu ${i}`, notes: 'catatan panjang '.repeat(62) });
      if (!result.ok) failure = result.error;
    }
    expect(failure?.code).toBe('DISK_FULL');
    expect(failure?.message).toContain('isian Anda tidak hilang');
    expectCleanMessage(failure!.message);
    expect(await counts(b)).toEqual(before);

    // With room again, the desk carries on.
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(b.backend.db);
    await b.ok('guests.register', siti);
    expect((await counts(b)).guests).toBe(before.guests + 1);
  });
});
