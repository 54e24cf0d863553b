import {
  CompiledQuery,
  DeleteQueryNode,
  InsertQueryNode,
  SelectQueryNode,
  UpdateQueryNode,
  type DatabaseConnection,
  type QueryResult,
} from 'kysely';
import type sqlite3 from 'sqlite3';

/** Chunk size used when a caller streams without naming one (same as Kysely's builders). */
const DEFAULT_CHUNK_SIZE = 100;

/**
 * The single {@link DatabaseConnection} of {@link Sqlite3Driver}: runs compiled Kysely
 * queries on a node-sqlite3 `Database`.
 *
 * It does no locking of its own; the driver hands it to one caller at a time.
 */
export class Sqlite3Connection implements DatabaseConnection {
  readonly #db: sqlite3.Database;

  /**
   * @param db An open node-sqlite3 database. The connection never closes it; the driver does.
   */
  constructor(db: sqlite3.Database) {
    this.#db = db;
  }

  /**
   * Runs one query and returns its rows, or for insert/update/delete without
   * `returning`, the affected-row count (and the new rowid for inserts).
   */
  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    // node-sqlite3 has no `reader` flag like better-sqlite3, so the query tree decides:
    // `all` is the only call that returns rows, `run` the only one that reports
    // `changes`/`lastID`, and the two are mutually exclusive.
    return reportsChanges(compiledQuery) ? this.#run<R>(compiledQuery) : this.#all<R>(compiledQuery);
  }

  /**
   * Streams the rows of a SELECT in chunks of `chunkSize`, stepping one prepared
   * statement so that only one chunk is in memory at a time.
   *
   * The statement is finalised when the stream ends, fails or the consumer stops
   * early (`break`/`return`), so the connection is clean for the next caller.
   */
  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize: number = DEFAULT_CHUNK_SIZE,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query)) {
      throw new Error('Sqlite3 driver only supports streaming of select queries');
    }
    if (!Number.isInteger(chunkSize) || chunkSize <= 0) {
      throw new Error(`chunkSize must be a positive integer, got ${chunkSize}`);
    }

    const statement = await prepare(this.#db, compiledQuery);
    try {
      let chunk: R[] = [];
      for (let row = await step<R>(statement); row !== undefined; row = await step<R>(statement)) {
        chunk.push(row);
        if (chunk.length === chunkSize) {
          yield { rows: chunk };
          chunk = [];
        }
      }
      if (chunk.length > 0) {
        yield { rows: chunk };
      }
    } finally {
      await finalize(statement);
    }
  }

  #all<R>({ sql, parameters }: CompiledQuery): Promise<QueryResult<R>> {
    return new Promise((resolve, reject) => {
      this.#db.all<R>(sql, [...parameters], (error, rows) => {
        if (error) reject(error);
        else resolve({ rows });
      });
    });
  }

  #run<R>({ sql, parameters, query }: CompiledQuery): Promise<QueryResult<R>> {
    const isInsert = InsertQueryNode.is(query);
    return new Promise((resolve, reject) => {
      this.#db.run(sql, [...parameters], function (this: sqlite3.RunResult, error: Error | null) {
        if (error) {
          reject(error);
          return;
        }
        resolve({
          numAffectedRows: BigInt(this.changes),
          // `lastID` is the connection's last inserted rowid, not this statement's:
          // after an update, or an insert that inserted nothing (`on conflict do
          // nothing`), it would be an older row's id.
          insertId: isInsert && this.changes > 0 ? BigInt(this.lastID) : undefined,
          rows: [],
        });
      });
    });
  }
}

/** True for insert/update/delete without `returning`: the queries whose result is a count. */
function reportsChanges({ query }: CompiledQuery): boolean {
  if (InsertQueryNode.is(query) || UpdateQueryNode.is(query) || DeleteQueryNode.is(query)) {
    return query.returning === undefined;
  }
  return false;
}

/** Prepares `sql` and binds its parameters, resolving once both have succeeded. */
function prepare(db: sqlite3.Database, { sql, parameters }: CompiledQuery): Promise<sqlite3.Statement> {
  return new Promise((resolve, reject) => {
    // The prepare callback only fires on failure (node-sqlite3 then finalises the
    // statement itself and drops the queued bind), so success is signalled by `bind`.
    const statement = db.prepare(sql, (error: Error | null) => {
      if (error) reject(error);
    });
    statement.bind([...parameters], (error: Error | null) => {
      if (error) reject(error);
      else resolve(statement);
    });
  });
}

/**
 * Fetches the next row, or `undefined` once the result is exhausted.
 *
 * node-sqlite3's `get()` without parameters steps the same statement instead of
 * resetting it, which is what makes this a cursor.
 */
function step<R>(statement: sqlite3.Statement): Promise<R | undefined> {
  return new Promise((resolve, reject) => {
    statement.get<R>((error, row) => {
      if (error) reject(error);
      else resolve(row);
    });
  });
}

/** Finalises a statement; an unfinalised statement would make `Database#close` fail. */
function finalize(statement: sqlite3.Statement): Promise<void> {
  return new Promise((resolve) => {
    statement.finalize(() => resolve());
  });
}
