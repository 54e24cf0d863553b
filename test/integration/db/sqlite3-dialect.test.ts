import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Kysely, sql, type Generated } from 'kysely';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { Sqlite3Dialect } from '../../../electron/db/sqlite3-dialect';

interface PersonTable {
  id: Generated<number>;
  name: string;
  city: string;
}

interface ComplaintTable {
  id: Generated<number>;
  person_id: number;
  subject: string;
}

interface CounterTable {
  id: number;
  value: number;
}

interface NumberTable {
  n: number;
}

interface TestDatabase {
  person: PersonTable;
  complaint: ComplaintTable;
  counter: CounterTable;
  number: NumberTable;
}

function openDatabase(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(database)));
  });
}

/** Lets other callers run, so a missing lock would show up as lost updates. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let dir: string;
let db: Kysely<TestDatabase>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meja-dialect-'));
  const file = path.join(dir, 'test.sqlite');
  db = new Kysely<TestDatabase>({
    dialect: new Sqlite3Dialect({
      database: () => openDatabase(file),
      onCreateConnection: async (connection) => {
        await connection.executeQuery(sql`pragma foreign_keys = on`.compile(db));
      },
    }),
  });

  await db.schema
    .createTable('person')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('city', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('complaint')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('person_id', 'integer', (col) => col.notNull().references('person.id'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .execute();
  await db
    .insertInto('person')
    .values([
      { name: 'Budi', city: 'Bandung' },
      { name: 'Siti', city: 'Surabaya' },
      { name: 'Agus', city: 'Bandung' },
    ])
    .execute();
  await db
    .insertInto('complaint')
    .values([
      { person_id: 1, subject: 'Jalan rusak' },
      { person_id: 1, subject: 'Lampu mati' },
      { person_id: 2, subject: 'Sampah' },
    ])
    .execute();
});

afterEach(async () => {
  try {
    await db.destroy();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('Sqlite3Dialect', () => {
  describe('select', () => {
    it('filters and orders', async () => {
      const rows = await db
        .selectFrom('person')
        .select(['name', 'city'])
        .where('city', '=', 'Bandung')
        .orderBy('name', 'asc')
        .execute();

      expect(rows).toEqual([
        { name: 'Agus', city: 'Bandung' },
        { name: 'Budi', city: 'Bandung' },
      ]);
    });

    it('joins', async () => {
      const rows = await db
        .selectFrom('complaint')
        .innerJoin('person', 'person.id', 'complaint.person_id')
        .select(['person.name', 'complaint.subject'])
        .orderBy('complaint.id')
        .execute();

      expect(rows).toEqual([
        { name: 'Budi', subject: 'Jalan rusak' },
        { name: 'Budi', subject: 'Lampu mati' },
        { name: 'Siti', subject: 'Sampah' },
      ]);
    });

    it('binds parameters and returns undefined for no row', async () => {
      const missing = await db.selectFrom('person').selectAll().where('name', '=', 'Tidak Ada').executeTakeFirst();
      expect(missing).toBeUndefined();
    });
  });

  describe('insert', () => {
    it('reports insertId and the number of inserted rows', async () => {
      const result = await db.insertInto('person').values({ name: 'Dewi', city: 'Medan' }).executeTakeFirstOrThrow();

      expect(result.insertId).toBe(4n);
      expect(result.numInsertedOrUpdatedRows).toBe(1n);
    });

    it('returns rows with returning', async () => {
      const rows = await db
        .insertInto('person')
        .values([
          { name: 'Dewi', city: 'Medan' },
          { name: 'Eko', city: 'Malang' },
        ])
        .returning(['id', 'name'])
        .execute();

      expect(rows).toEqual([
        { id: 4, name: 'Dewi' },
        { id: 5, name: 'Eko' },
      ]);
    });

    it('gives no stale insertId when nothing was inserted', async () => {
      const result = await db
        .insertInto('person')
        .values({ name: 'Budi', city: 'Bogor' })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirstOrThrow();

      expect(result.numInsertedOrUpdatedRows).toBe(0n);
      expect(result.insertId).toBeUndefined();
    });
  });

  describe('update and delete', () => {
    it('report affected row counts', async () => {
      const updated = await db
        .updateTable('person')
        .set({ city: 'Jakarta' })
        .where('city', '=', 'Bandung')
        .executeTakeFirstOrThrow();
      expect(updated.numUpdatedRows).toBe(2n);

      const deleted = await db.deleteFrom('complaint').where('person_id', '=', 1).executeTakeFirstOrThrow();
      expect(deleted.numDeletedRows).toBe(2n);

      const none = await db.deleteFrom('complaint').where('person_id', '=', 99).executeTakeFirstOrThrow();
      expect(none.numDeletedRows).toBe(0n);
    });

    it('return rows with returning', async () => {
      const updated = await db
        .updateTable('person')
        .set({ city: 'Jakarta' })
        .where('name', '=', 'Siti')
        .returning(['name', 'city'])
        .execute();
      expect(updated).toEqual([{ name: 'Siti', city: 'Jakarta' }]);

      const deleted = await db.deleteFrom('complaint').where('person_id', '=', 2).returning('subject').execute();
      expect(deleted).toEqual([{ subject: 'Sampah' }]);
    });
  });

  describe('transactions', () => {
    it('commit', async () => {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('person').values({ name: 'Dewi', city: 'Medan' }).execute();
        await trx.deleteFrom('complaint').execute();
      });

      expect(await db.selectFrom('person').select('name').where('name', '=', 'Dewi').execute()).toHaveLength(1);
      expect(await db.selectFrom('complaint').selectAll().execute()).toHaveLength(0);
    });

    it('roll back when the callback throws', async () => {
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.insertInto('person').values({ name: 'Dewi', city: 'Medan' }).execute();
          await trx.deleteFrom('complaint').execute();
          throw new Error('batal');
        }),
      ).rejects.toThrow('batal');

      expect(await db.selectFrom('person').select('name').where('name', '=', 'Dewi').execute()).toHaveLength(0);
      expect(await db.selectFrom('complaint').selectAll().execute()).toHaveLength(3);
    });

    it('roll back to and release savepoints', async () => {
      // Savepoints live on Kysely's controlled transactions.
      const trx = await db.startTransaction().execute();
      await trx.insertInto('person').values({ name: 'Dewi', city: 'Medan' }).execute();

      const beforeEko = await trx.savepoint('before_eko').execute();
      await beforeEko.insertInto('person').values({ name: 'Eko', city: 'Malang' }).execute();
      const afterRollback = await beforeEko.rollbackToSavepoint('before_eko').execute();

      const beforeFajar = await afterRollback.savepoint('before_fajar').execute();
      await beforeFajar.insertInto('person').values({ name: 'Fajar', city: 'Solo' }).execute();
      await (await beforeFajar.releaseSavepoint('before_fajar').execute()).commit().execute();

      const names = await db.selectFrom('person').select('name').orderBy('id').execute();
      expect(names.map((row) => row.name)).toEqual(['Budi', 'Siti', 'Agus', 'Dewi', 'Fajar']);
    });

    it('serialise concurrent callers on the single connection', async () => {
      await db.schema
        .createTable('counter')
        .addColumn('id', 'integer', (col) => col.primaryKey())
        .addColumn('value', 'integer', (col) => col.notNull())
        .execute();
      await db.insertInto('counter').values({ id: 1, value: 0 }).execute();

      // Read-modify-write with a gap in between: without the connection lock the
      // reads of parallel callers would see the same value and updates would be lost
      // (or `begin` would fail inside another caller's open transaction).
      await Promise.all(
        Array.from({ length: 50 }, () =>
          db.transaction().execute(async (trx) => {
            const { value } = await trx
              .selectFrom('counter')
              .select('value')
              .where('id', '=', 1)
              .executeTakeFirstOrThrow();
            await yieldToEventLoop();
            await trx
              .updateTable('counter')
              .set({ value: value + 1 })
              .where('id', '=', 1)
              .execute();
          }),
        ),
      );

      const { value } = await db.selectFrom('counter').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
      expect(value).toBe(50);
    });
  });

  describe('streaming', () => {
    beforeEach(async () => {
      await db.schema.createTable('number').addColumn('n', 'integer', (col) => col.notNull()).execute();
      await sql`
        with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 10000)
        insert into number (n) select n from seq
      `.execute(db);
    });

    it('streams every row in order', async () => {
      let count = 0;
      let expected = 1;
      for await (const row of db.selectFrom('number').select('n').orderBy('n').stream(100)) {
        expect(row.n).toBe(expected);
        expected += 1;
        count += 1;
      }
      expect(count).toBe(10_000);
    });

    it('yields chunks of chunkSize from the connection', async () => {
      const compiled = db.selectFrom('number').select('n').where('n', '<=', 250).compile();
      const chunkSizes: number[] = [];
      for await (const chunk of db.getExecutor().stream(compiled, 100)) {
        chunkSizes.push(chunk.rows.length);
      }
      expect(chunkSizes).toEqual([100, 100, 50]);
    });

    it('releases the connection when the consumer stops early', async () => {
      let seen = 0;
      for await (const row of db.selectFrom('number').select('n').orderBy('n').stream(100)) {
        seen = row.n;
        if (seen === 150) break;
      }
      expect(seen).toBe(150);

      // A leaked lock would hang here. A statement left unfinalised would make
      // `db.destroy()` in afterEach fail with SQLITE_BUSY.
      const result = await db.deleteFrom('number').where('n', '>', 5000).executeTakeFirstOrThrow();
      expect(result.numDeletedRows).toBe(5000n);
      const { total } = await db
        .selectFrom('number')
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      expect(total).toBe(5000);
    });

    it('refuses to stream anything but a select', async () => {
      const stream = db.deleteFrom('number').returning('n').stream(100);
      await expect(stream.next()).rejects.toThrow('only supports streaming of select queries');

      const rows = await db.selectFrom('number').select('n').where('n', '=', 7).execute();
      expect(rows).toEqual([{ n: 7 }]);
    });
  });

  describe('raw sql', () => {
    it('runs sql template queries with parameters', async () => {
      const result = await sql<{ name: string }>`select name from person where city = ${'Surabaya'}`.execute(db);
      expect(result.rows).toEqual([{ name: 'Siti' }]);

      const version = await sql<{ version: string }>`select sqlite_version() as version`.execute(db);
      expect(version.rows[0]?.version).toMatch(/^3\./);
    });
  });

  describe('introspection', () => {
    it('sees tables and their columns', async () => {
      const tables = await db.introspection.getTables();
      const person = tables.find((table) => table.name === 'person');

      expect(tables.map((table) => table.name).sort()).toEqual(['complaint', 'person']);
      expect(person?.columns.map((column) => column.name)).toEqual(['id', 'name', 'city']);
      expect(person?.columns.find((column) => column.name === 'id')?.isAutoIncrementing).toBe(true);
      expect(person?.columns.find((column) => column.name === 'name')?.isNullable).toBe(false);
    });
  });

  describe('errors', () => {
    it('reject on a UNIQUE violation and leave the connection usable', async () => {
      await expect(db.insertInto('person').values({ name: 'Budi', city: 'Bogor' }).execute()).rejects.toMatchObject({
        code: 'SQLITE_CONSTRAINT',
        message: expect.stringContaining('UNIQUE constraint failed: person.name'),
      });

      const count = await db.selectFrom('person').select('name').execute();
      expect(count).toHaveLength(3);
    });

    it('reject on a foreign key violation (onCreateConnection ran)', async () => {
      await expect(db.insertInto('complaint').values({ person_id: 99, subject: 'x' }).execute()).rejects.toThrow(
        'FOREIGN KEY constraint failed',
      );
    });

    it('reject on SQL that does not prepare', async () => {
      await expect(sql`select * from tidak_ada`.execute(db)).rejects.toThrow('no such table: tidak_ada');
      expect(await db.selectFrom('person').select('id').execute()).toHaveLength(3);
    });
  });
});
