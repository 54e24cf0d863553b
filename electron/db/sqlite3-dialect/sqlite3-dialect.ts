import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
} from 'kysely';

import type { Sqlite3DialectConfig } from './sqlite3-dialect-config';
import { Sqlite3Driver } from './sqlite3-driver';

/**
 * Kysely dialect for the `sqlite3` (node-sqlite3) package.
 *
 * SQL generation, adapter and introspection are Kysely's own SQLite ones; only the
 * driver differs from Kysely's better-sqlite3 `SqliteDialect`.
 *
 * ```ts
 * import sqlite3 from 'sqlite3'
 * import { Kysely } from 'kysely'
 *
 * const db = new Kysely<Database>({
 *   dialect: new Sqlite3Dialect({ database: new sqlite3.Database('aduan.sqlite') }),
 * })
 * ```
 *
 * To open the file only on first use, pass a function that resolves once it is open:
 *
 * ```ts
 * new Sqlite3Dialect({
 *   database: () =>
 *     new Promise((resolve, reject) => {
 *       const database = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(database)))
 *     }),
 * })
 * ```
 */
export class Sqlite3Dialect implements Dialect {
  readonly #config: Sqlite3DialectConfig;

  /**
   * @param config See {@link Sqlite3DialectConfig}.
   */
  constructor(config: Sqlite3DialectConfig) {
    this.#config = Object.freeze({ ...config });
  }

  /** Creates the node-sqlite3 driver. */
  createDriver(): Driver {
    return new Sqlite3Driver(this.#config);
  }

  /** Kysely's SQLite query compiler. */
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  /** Kysely's SQLite adapter. */
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  /** Kysely's SQLite introspector. */
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
