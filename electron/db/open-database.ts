import fs from 'node:fs';
import path from 'node:path';
import { Kysely, sql } from 'kysely';
import sqlite3 from 'sqlite3';
import type { Database } from './database-schema';
import { DatabaseDamagedError } from './database-errors';
import { Sqlite3Dialect } from './sqlite3-dialect';

export interface OpenDatabaseOptions {
  /** How long a write waits for another process's lock before failing with DB_BUSY. */
  busyTimeoutMs?: number;
}

function openRaw(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}

/**
 * Opens (creating if needed) the SQLite file and applies the pragmas the app relies on:
 * WAL so readers never block the counter's writes, foreign keys, a busy timeout so a
 * second process waits instead of failing at once. Checks the file before use so a
 * damaged database gives a clear message instead of odd failures later.
 */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Kysely<Database>> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let raw: sqlite3.Database;
  try {
    raw = await openRaw(file);
  } catch (err) {
    throw new DatabaseDamagedError(file, err);
  }
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect({ database: raw }) });
  try {
    // journal_mode answers with a row, so it is read rather than executed.
    await sql`PRAGMA journal_mode = WAL`.execute(db);
    await sql.raw(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`).execute(db);
    await sql`PRAGMA foreign_keys = ON`.execute(db);
    await sql`PRAGMA synchronous = NORMAL`.execute(db);
    // 64 MiB of pages instead of SQLite's 2 MiB: at 1,000,000 complaints the register's indexes
    // and the text index no longer fit, and every list re-read them from the OS.
    await sql`PRAGMA cache_size = -65536`.execute(db);
    const check = await sql<{ quick_check: string }>`PRAGMA quick_check`.execute(db);
    const verdict = check.rows.map((r) => Object.values(r)[0]).join('; ');
    if (verdict !== 'ok') throw new DatabaseDamagedError(file, new Error(verdict));
  } catch (err) {
    await db.destroy().catch(() => undefined);
    if (err instanceof DatabaseDamagedError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new DatabaseDamagedError(file, err);
    throw err;
  }
  return db;
}
