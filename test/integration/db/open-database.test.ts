import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/backend/create-backend';
import { DatabaseDamagedError } from '../../../electron/db/database-errors';
import type { Database } from '../../../electron/db/database-schema';
import { openDatabase } from '../../../electron/db/open-database';
import { openTempBackend } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

let dir: string;
let db: Kysely<Database> | undefined;

beforeEach(() => {
  dir = makeTempDir('meja-open-');
});

afterEach(async () => {
  await db?.destroy();
  db = undefined;
  removeTempDir(dir);
});

const pragma = async (name: string) => {
  const result = await sql<Record<string, unknown>>`${sql.raw(`PRAGMA ${name}`)}`.execute(db!);
  return Object.values(result.rows[0] ?? {})[0];
};

describe('openDatabase', () => {
  it('uses WAL, enforces foreign keys and waits 5 s for a lock by default', async () => {
    db = await openDatabase(path.join(dir, 'a.sqlite3'));
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(fs.existsSync(path.join(dir, 'a.sqlite3'))).toBe(true);
  });

  it('applies the busy timeout it is given', async () => {
    db = await openDatabase(path.join(dir, 'b.sqlite3'), { busyTimeoutMs: 1234 });
    expect(await pragma('busy_timeout')).toBe(1234);
  });

  it('creates missing folders on the way to the file', async () => {
    const file = path.join(dir, 'sub', 'folder', 'c.sqlite3');
    db = await openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('rejects a file of garbage with DatabaseDamagedError in Bahasa Indonesia, and leaves the file alone', async () => {
    const file = path.join(dir, 'rusak.sqlite3');
    const garbage = crypto.randomBytes(16 * 1024);
    garbage.write('BUKAN SQLITE', 0, 'latin1'); // never "SQLite format 3", whatever the random bytes
    fs.writeFileSync(file, garbage);

    const error = await openDatabase(file).then(
      () => expect.fail('openDatabase accepted a damaged file'),
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect((error as Error).message.startsWith('Berkas basis data rusak')).toBe(true);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('Jangan hapus berkas ini');
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });
});

describe('the backend\'s database file', () => {
  it('lives at <dataDir>/meja-aduan.sqlite3', async () => {
    const t = await openTempBackend();
    try {
      const expected = path.join(t.dataDir, 'meja-aduan.sqlite3');
      expect(DATABASE_FILE_NAME).toBe('meja-aduan.sqlite3');
      expect(fs.existsSync(expected)).toBe(true);
      const info = await t.ok('app.info', {});
      expect(info).toMatchObject({ dataDir: t.dataDir, databaseFile: expected, runtime: 'browser', demo: false });
      expect(fs.readdirSync(t.dataDir).filter((f) => f.endsWith('.sqlite3'))).toEqual(['meja-aduan.sqlite3']);
    } finally {
      await t.close();
    }
  });
});
