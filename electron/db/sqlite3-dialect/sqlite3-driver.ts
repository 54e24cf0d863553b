import {
  CompiledQuery,
  IdentifierNode,
  RawNode,
  createQueryId,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
} from 'kysely';
import type sqlite3 from 'sqlite3';

import { Sqlite3Connection } from './sqlite3-connection';
import type { Sqlite3DialectConfig } from './sqlite3-dialect-config';

/**
 * Kysely {@link Driver} for node-sqlite3.
 *
 * There is exactly one connection. Callers take turns on it: `acquireConnection`
 * waits until the previous holder has released it, so a transaction's statements
 * never interleave with anyone else's.
 */
export class Sqlite3Driver implements Driver {
  readonly #config: Sqlite3DialectConfig;
  readonly #connectionMutex = new ConnectionMutex();
  #db: sqlite3.Database | undefined;
  #connection: Sqlite3Connection | undefined;

  /**
   * @param config See {@link Sqlite3DialectConfig}.
   */
  constructor(config: Sqlite3DialectConfig) {
    this.#config = Object.freeze({ ...config });
  }

  /** Opens the database (if given as a function) and runs `onCreateConnection`. */
  async init(): Promise<void> {
    const { database, onCreateConnection } = this.#config;
    this.#db = typeof database === 'function' ? await database() : database;
    this.#connection = new Sqlite3Connection(this.#db);
    await onCreateConnection?.(this.#connection);
  }

  /** Waits for the single connection to be free, then hands it over. */
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#connectionMutex.lock();
    if (!this.#connection) {
      // Kysely always calls init() first; reaching this means the driver was destroyed.
      this.#connectionMutex.unlock();
      throw new Error('Sqlite3Driver is not initialised (or has been destroyed)');
    }
    return this.#connection;
  }

  /** Starts a transaction; SQLite has no isolation levels to pass on. */
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock at the start. With a plain (deferred) BEGIN, two
    // processes that both read first and then write deadlock, and SQLite fails one of
    // them at once with SQLITE_BUSY instead of letting busy_timeout make it wait.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /** Commits the open transaction. */
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  /** Rolls back the open transaction. */
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  /** Creates a savepoint inside the open transaction. */
  async savepoint(
    connection: DatabaseConnection,
    savepointName: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(savepointCommand('savepoint', savepointName, compileQuery));
  }

  /** Undoes everything since the savepoint, keeping the transaction open. */
  async rollbackToSavepoint(
    connection: DatabaseConnection,
    savepointName: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(savepointCommand('rollback to', savepointName, compileQuery));
  }

  /** Forgets the savepoint, keeping its changes in the transaction. */
  async releaseSavepoint(
    connection: DatabaseConnection,
    savepointName: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(savepointCommand('release', savepointName, compileQuery));
  }

  /** Lets the next waiting caller have the connection. */
  async releaseConnection(): Promise<void> {
    this.#connectionMutex.unlock();
  }

  /** Closes the database. */
  async destroy(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    this.#connection = undefined;
    if (db) await close(db);
  }
}

/**
 * Builds `<command> "<name>"` through the query compiler so the savepoint name is
 * quoted like any other identifier rather than pasted into the SQL.
 */
function savepointCommand(
  command: 'savepoint' | 'rollback to' | 'release',
  savepointName: string,
  compileQuery: QueryCompiler['compileQuery'],
): CompiledQuery {
  const node = RawNode.createWithChildren([
    RawNode.createWithSql(`${command} `),
    IdentifierNode.create(savepointName),
  ]);
  return compileQuery(node, createQueryId());
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => {
    db.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

/**
 * A FIFO-ish lock around the one connection (the same shape as Kysely's own SQLite
 * driver). Without it two callers' statements would interleave on the connection,
 * so one caller's `begin` would swallow the other's writes into its transaction.
 */
class ConnectionMutex {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  async lock(): Promise<void> {
    // Loop because every waiter wakes on the same unlock; only the first one to
    // run gets to install the next promise, the rest go back to waiting on it.
    while (this.#promise) {
      await this.#promise;
    }
    this.#promise = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  unlock(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}
