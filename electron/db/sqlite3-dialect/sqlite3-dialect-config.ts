import type { DatabaseConnection } from 'kysely';
import type sqlite3 from 'sqlite3';

/**
 * Configuration for {@link Sqlite3Dialect}.
 */
export interface Sqlite3DialectConfig {
  /**
   * The node-sqlite3 database to run every query on, or a function that opens it.
   *
   * A function is called once, when Kysely runs its first query, so a `Kysely`
   * instance can be built before the file is opened (e.g. before the user-data
   * folder is known).
   *
   * The dialect owns the database once it has been initialised: `Kysely.destroy()`
   * closes it. Do not call `destroy()` if something outside Kysely still uses it.
   */
  database: sqlite3.Database | (() => Promise<sqlite3.Database>);

  /**
   * Called once with the single connection, right after the database is opened and
   * before the first query runs. The place for per-connection `PRAGMA`s
   * (`foreign_keys`, `journal_mode`, `busy_timeout`) that must hold for every query.
   */
  onCreateConnection?: (connection: DatabaseConnection) => Promise<void>;
}
