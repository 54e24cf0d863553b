import fs from 'node:fs';
import path from 'node:path';
import { CompiledQuery, sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { CallEnvelope, CallResult } from '../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import { guestFieldsSchema } from '../../shared/guests/guest-schemas';
import { officeDayRangeToInstants } from '../../shared/time/indonesian-dates';
import { OFFICE_TIME_ZONE_OFFSET_MINUTES } from '../../shared/office/time-zones';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/create-backend';
import { ManualClock } from '../../electron/backend/core/clock';
import { testSession } from '../../test/support/temp-backend';
import { DEMO_OFFICE } from '../../electron/backend/demo/demo-office';
import { fakeVisitor, seedFakeVisitors, type FakeVisitor } from '../../electron/backend/demo/demo-visitors';
import { fieldsToColumns } from '../../electron/backend/guests/guest-row';
import type { AuditLogTable, Database, GuestVisitsTable } from '../../electron/db/database-schema';
import { toFtsPrefixQuery } from '../../electron/db/search/guest-name-search';
import type { BenchOperation, BenchOptions, BenchSuite, DatasetFacts, PreparedSuite } from '../bench-suite';
import { sqlLiteral } from '../sqlite-shell';

/**
 * The reception desk's guest book at the size of a busy office after three years:
 * ≈1,300 visits per working day, rows in time order as the desk writes them, and the four
 * things the desk does all day — register, today's list, a name search, a returning
 * visitor recognised by phone or NIK.
 */

// Bump when the generated data changes, so a kept database from an older generator is rebuilt.
const DATA_VERSION = 1;
const SEED = 2026;
const POOL_SIZE = 20_000;
const ROWS_PER_DAY = 1_300;
/** "Today" of the benchmark: the last day of data (a Monday; the clock is pinned to it). */
const LAST_DAY = '2026-11-23';
const OFFICE = DEMO_OFFICE;
const ZONE_OFFSET_MS = OFFICE_TIME_ZONE_OFFSET_MINUTES[OFFICE.timeZone] * 60_000;
const OPEN_MINUTES = 8 * 60; // visitors arrive 08.00–16.00 office time
const RETURNING_SHARE = 0.12;
const CANCELLED_SHARE = 0.01;
const OPERATORS = ['Rina Marlina', 'Andi Saputra', 'Petugas Pelayanan'];
const BENCH_OPERATOR = 'Bench: Petugas Pelayanan';

// What the app asks for, kept in step by hand (the service checks below fail loudly when
// the page size changes): renderer guest-book-screen.tsx searches with limit 200;
// GuestService.today shows the newest 200 (+1 to know there are more) and counts the whole
// day in SQL; the repository's name search reads max(2 × (limit + 1), 100) ids from the
// text index in its first round.
const SCREEN_SEARCH_LIMIT = 200;
const TODAY_PAGE = 200;
const NAME_SEARCH_BATCH = Math.max(2 * (SCREEN_SEARCH_LIMIT + 1), 100);

const TARGET = { p95Ms: 20, maxRatio: 2 };
const INSERT_CHUNK = 500; // rows per INSERT: 17 columns × 500 stays under SQLite's 32,766 variables
const TRANSACTION_ROWS = 50_000;

interface DatasetMarker {
  dataVersion: number;
  rows: number;
  days: number;
  firstDay: string;
  lastDay: string;
  builtAt: string;
  buildSeconds: number;
}

// ---------------------------------------------------------------------------------------
// Data: a pool of faker visitors recombined by a hash of the row number. Deterministic, and
// a row's identity is a pure function of its number, so a returning visitor can reuse an
// earlier row's phone and NIK without keeping a million rows in memory.

/** A 32-bit integer hash (murmur3 finaliser) of a row number and a salt. */
function hash(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const unit = (i: number, salt: number) => hash(i, salt) / 2 ** 32;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Pool {
  visitors: FakeVisitor[];
  givenNames: string[];
  familyNames: string[];
}

function makePool(): Pool {
  seedFakeVisitors(SEED);
  const visitors = Array.from({ length: POOL_SIZE }, () => fakeVisitor());
  const words = visitors.map((v) => v.name.split(' '));
  return {
    visitors,
    givenNames: words.map((w) => (w.length > 1 ? w.slice(0, -1) : w).join(' ')),
    familyNames: words.map((w) => w[w.length - 1]!),
  };
}

const pick = <T>(list: readonly T[], i: number, salt: number): T => list[hash(i, salt) % list.length]!;

interface Identity {
  name: string;
  nik: string;
  phone: string;
  address: string;
}

/**
 * Person number `j`: a recombined name, and a phone and NIK made unique by scrambling `j`
 * into their local digits (multiplication by a number coprime to 10^8 is a bijection).
 */
function identity(pool: Pool, j: number): Identity {
  const source = pick(pool.visitors, j, 3);
  const local = (j * 48_271 + 91_939) % 100_000_000;
  const serial = local % 10_000 || 1; // "0000" is not a valid NIK serial
  const nik = source.nik
    ? source.nik.slice(0, 2) + pad(Math.floor(local / 10_000), 4) + source.nik.slice(6, 12) + pad(serial, 4)
    : '';
  const operator = pick(pool.visitors, j, 4).phone.slice(2, 4);
  return {
    name: `${pick(pool.givenNames, j, 1)} ${pick(pool.familyNames, j, 2)}`,
    nik,
    phone: `08${operator}${pad((j * 69_621 + 4_242) % 100_000_000, 8)}`,
    address: pick(pool.visitors, j, 5).address,
  };
}

type NewVisit = Insertable<GuestVisitsTable>;
type NewAudit = Insertable<AuditLogTable>;

/** The visit of row `i` (0-based; its id will be i + 1) at `timeIn`. */
function visitRow(pool: Pool, i: number, timeIn: Date, stillOpen: boolean): NewVisit {
  // About one visit in eight is someone who came before, within the last ~5 months of rows.
  const returning = i > 0 && unit(i, 6) < RETURNING_SHARE;
  const who = identity(pool, returning ? i - 1 - (hash(i, 7) % Math.min(i, 150_000)) : i);
  const visit = pick(pool.visitors, i, 8);
  const cancelled = unit(i, 11) < CANCELLED_SHARE;
  const inIso = timeIn.toISOString();
  const timeOut =
    cancelled || stillOpen || unit(i, 9) < 0.1 ? null : new Date(timeIn.getTime() + (10 + (hash(i, 10) % 110)) * 60_000).toISOString();
  const cancelledAt = cancelled ? new Date(timeIn.getTime() + 3 * 60_000).toISOString() : null;
  const operator = pick(OPERATORS, i, 12);
  return {
    ...who,
    institution: visit.institution,
    purpose: visit.purpose,
    purpose_other: visit.purposeOther,
    host: visit.host,
    notes: visit.notes,
    time_in: inIso,
    time_out: timeOut,
    status: cancelled ? 'dibatalkan' : 'aktif',
    cancel_reason: cancelled ? 'Data tamu tercatat ganda' : null,
    cancelled_at: cancelledAt,
    cancelled_by: cancelled ? operator : null,
    created_by: operator,
    updated_at: cancelledAt ?? timeOut ?? inIso,
  };
}

/** The history the service would have written for the visit (created, checked out, cancelled). */
function auditRows(id: number, v: NewVisit): NewAudit[] {
  const base = { entity_type: 'guest_visit', entity_id: id, actor: v.created_by };
  const rows: NewAudit[] = [{ ...base, action: 'dibuat', at: v.time_in, changes_json: '{}', reason: null }];
  if (v.time_out) {
    rows.push({ ...base, action: 'selesai', at: v.time_out, changes_json: JSON.stringify({ time_out: [null, v.time_out] }), reason: null });
  }
  if (v.cancelled_at) {
    rows.push({
      ...base, action: 'dibatalkan', at: v.cancelled_at, reason: v.cancel_reason ?? null,
      changes_json: JSON.stringify({ status: ['aktif', 'dibatalkan'] }),
    });
  }
  return rows;
}

/** The working days (Monday–Friday) that end on LAST_DAY, oldest first. */
function workingDays(count: number): string[] {
  const days: string[] = [];
  for (let t = Date.parse(LAST_DAY + 'T00:00:00Z'); days.length < count; t -= 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days.reverse();
}

/** Office-time 08.00 of `day` as an instant. */
const openingOf = (day: string) => Date.parse(day + 'T08:00:00Z') - ZONE_OFFSET_MS;

// ---------------------------------------------------------------------------------------
// Building and reusing the database.

const VISIT_COLUMNS = [
  'name', 'nik', 'phone', 'address', 'institution', 'purpose', 'purpose_other', 'host', 'notes', 'time_in', 'time_out',
  'status', 'cancel_reason', 'cancelled_at', 'cancelled_by', 'created_by', 'updated_at',
] as const satisfies readonly (keyof NewVisit)[];
const AUDIT_COLUMNS = ['entity_type', 'entity_id', 'action', 'actor', 'at', 'changes_json', 'reason'] as const satisfies readonly (keyof NewAudit)[];

/**
 * A multi-row INSERT written out directly: Kysely's compiler costs ~12 µs a row, a
 * quarter of the build, for SQL that is the same every chunk.
 */
async function insertRows<T extends object>(
  db: Kysely<Database> | Transaction<Database>, table: string, columns: readonly (keyof T & string)[], rows: readonly T[],
): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  const parameters = rows.flatMap((row) => columns.map((c) => row[c] ?? null));
  await db.executeQuery(CompiledQuery.raw(text, parameters));
}

async function buildDataset(backend: Backend, pool: Pool, rows: number, log: BenchOptions['log']): Promise<DatasetMarker> {
  const started = performance.now();
  const db = backend.db;
  const existing = await db.selectFrom('guest_visits').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) !== 0) throw new Error('the bench database should be empty before it is filled');

  const settings = await backend.dispatch('settings.save', { input: OFFICE, session: await testSession(backend, BENCH_OPERATOR) });
  if (!settings.ok) throw new Error(`settings.save failed: ${settings.error.message}`);

  const days = workingDays(Math.ceil(rows / ROWS_PER_DAY));
  // A large page cache while building only: random inserts into the phone/NIK indexes
  // would otherwise thrash the default 2 MB. Restored before anything is measured.
  const cacheBefore = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(db);
  await sql`PRAGMA cache_size = -262144`.execute(db);

  let i = 0;
  let written = 0;
  let lastReport = started;
  let visits: NewVisit[] = [];
  let audits: NewAudit[] = [];
  const flush = async () => {
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < visits.length; k += INSERT_CHUNK) {
        await insertRows(trx, 'guest_visits', VISIT_COLUMNS, visits.slice(k, k + INSERT_CHUNK));
      }
      for (let k = 0; k < audits.length; k += INSERT_CHUNK * 2) {
        await insertRows(trx, 'audit_log', AUDIT_COLUMNS, audits.slice(k, k + INSERT_CHUNK * 2));
      }
    });
    written += visits.length;
    visits = [];
    audits = [];
    const now = performance.now();
    if (now - lastReport > 5_000 || written === rows) {
      lastReport = now;
      const rate = Math.round(written / ((now - started) / 1000));
      log(`  ${written.toLocaleString('en-US')} / ${rows.toLocaleString('en-US')} rows · ${rate.toLocaleString('en-US')} rows/s`);
    }
  };

  for (const [d, day] of days.entries()) {
    // The oldest day takes the remainder so that "today" has a full day of visits.
    const perDay = d === 0 ? rows - ROWS_PER_DAY * (days.length - 1) : ROWS_PER_DAY;
    const opening = openingOf(day);
    const slotMs = (OPEN_MINUTES * 60_000) / perDay;
    const lastHour = opening + (OPEN_MINUTES - 60) * 60_000;
    for (let slot = 0; slot < perDay; slot++, i++) {
      // Jitter inside the slot keeps times increasing with the id, as at a real desk.
      const timeIn = new Date(Math.floor(opening + (slot + 0.9 * unit(i, 13)) * slotMs));
      const visit = visitRow(pool, i, timeIn, day === LAST_DAY && timeIn.getTime() >= lastHour);
      visits.push(visit);
      audits.push(...auditRows(i + 1, visit));
      if (visits.length >= TRANSACTION_ROWS) await flush();
    }
  }
  if (visits.length > 0) await flush();

  await sql.raw(`PRAGMA cache_size = ${cacheBefore.rows[0]?.cache_size ?? -2000}`).execute(db);
  // Fold the WAL into the file so the shell does not start by reading a large log.
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  log(`  built ${rows.toLocaleString('en-US')} rows in ${buildSeconds} s`);
  return {
    dataVersion: DATA_VERSION, rows, days: days.length, firstDay: days[0]!, lastDay: LAST_DAY,
    builtAt: new Date().toISOString(), buildSeconds,
  };
}

function readMarker(file: string, rows: number): DatasetMarker | null {
  try {
    const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetMarker;
    return marker.dataVersion === DATA_VERSION && marker.rows === rows ? marker : null;
  } catch {
    return null;
  }
}

/** Removes what an earlier run registered (also one that crashed before its teardown). */
async function removeBenchWrites(backend: Backend, rows: number): Promise<void> {
  await backend.db.deleteFrom('audit_log').where('entity_type', '=', 'guest_visit').where('entity_id', '>', rows).execute();
  await backend.db.deleteFrom('guest_visits').where('id', '>', rows).execute();
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(backend.db);
}

// ---------------------------------------------------------------------------------------
// The inputs of the measured calls: existing names, phones and NIKs picked from the data.

interface Inputs {
  names: string[];
  phones: string[];
  niks: string[];
  newVisitors: FakeVisitor[];
}

async function pickInputs(backend: Backend, rows: number, count: number): Promise<Inputs> {
  const ids = Array.from({ length: count * 3 }, (_, k) => 1 + (hash(k, 101) % rows));
  const found = new Map<number, { name: string; nik: string; phone: string; status: string }>();
  for (let k = 0; k < ids.length; k += 500) {
    const batch = await backend.db
      .selectFrom('guest_visits')
      .select(['id', 'name', 'nik', 'phone', 'status'])
      .where('id', 'in', ids.slice(k, k + 500))
      .execute();
    for (const r of batch) found.set(r.id, r);
  }
  const sampled = ids.map((id) => found.get(id)!);
  // The lookup recognises people by their active visits; a person whose only visit was
  // cancelled is rightly not found, so phones and NIKs come from active visits.
  const active = sampled.filter((r) => r.status === 'aktif');
  const cycle = <T>(list: T[]) => Array.from({ length: count }, (_, k) => list[k % list.length]!);
  // Mostly a family name alone (many matches, the common case at the desk); every fourth a
  // given name plus family name (few matches).
  const names = sampled.map((r, k) => {
    const words = r.name.split(' ');
    return k % 4 === 3 ? `${words[0]} ${words[words.length - 1]}` : words[words.length - 1]!;
  });
  seedFakeVisitors(SEED + 1);
  return {
    names: cycle(names),
    phones: cycle(active.map((r) => r.phone)),
    niks: cycle(active.map((r) => r.nik).filter((n) => n !== '')),
    // One set for the service side and one for the shell: both register someone new.
    newVisitors: Array.from({ length: count * 2 }, () => fakeVisitor()),
  };
}

// ---------------------------------------------------------------------------------------
// The suite.

export const guestBookSuite: BenchSuite = {
  name: 'guest-book',
  title: 'Guest book (buku tamu)',

  async setup(options: BenchOptions): Promise<PreparedSuite> {
    const { rows, log } = options;
    if (!Number.isInteger(rows) || rows < ROWS_PER_DAY) throw new Error(`--rows must be at least ${ROWS_PER_DAY}`);
    const dataDir = path.join(options.tmpDir, `guest-book-${rows}`);
    const markerFile = path.join(dataDir, 'dataset.json');
    let marker = readMarker(markerFile, rows);
    const reused = marker !== null;
    // A folder without a valid marker is a build that was interrupted or is out of date.
    if (!reused) fs.rmSync(dataDir, { recursive: true, force: true });

    // 14.00 office time on the last day: "today" is a full day of data.
    const clock = new ManualClock(new Date(openingOf(LAST_DAY) + 6 * 3_600_000));
    log(reused ? `Reusing ${dataDir} (${rows.toLocaleString('en-US')} rows)` : `Building ${rows.toLocaleString('en-US')} guest-book rows in ${dataDir}`);
    const opened = performance.now();
    const backend = await createBackend({ dataDir, clock, runtime: 'browser', version: 'bench', log: (err) => console.error(err) });
    const openSeconds = Math.round((performance.now() - opened) / 100) / 10;

    const pool = makePool();
    if (marker) {
      await removeBenchWrites(backend, rows);
    } else {
      marker = await buildDataset(backend, pool, rows, log);
      fs.writeFileSync(markerFile, JSON.stringify(marker, null, 2) + '\n');
    }
    const { n } = await backend.db.selectFrom('guest_visits').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) !== rows) throw new Error(`the bench database has ${n} rows, expected ${rows}; delete ${dataDir} and run again`);

    let benchSession: string | undefined;
  const call = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => {
      const envelope: CallEnvelope = { input, session: (benchSession ??= await testSession(backend, BENCH_OPERATOR)) };
      const result = (await backend.dispatch(name, envelope)) as CallResult<CallOutput<N>>;
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    };

    const count = options.warmup + options.iterations;
    const inputs = await pickInputs(backend, rows, count);
    const at = <T>(list: T[], i: number): T => list[i % list.length]!;
    const today = officeDayRangeToInstants(LAST_DAY, LAST_DAY, OFFICE.timeZone);
    const todayPage = await call('guests.today', {});
    const todayVisits = todayPage.counts.visits;
    if (todayPage.rows.length !== TODAY_PAGE) {
      throw new Error(`guests.today shows ${todayPage.rows.length} rows, the suite expects ${TODAY_PAGE}: update its shell SQL`);
    }

    const lookupSql = (column: 'phone' | 'nik', value: string) =>
      `SELECT * FROM guest_visits WHERE ${column} = ${sqlLiteral(value)} AND status = 'aktif' ORDER BY time_in DESC LIMIT 1; ` +
      `SELECT count(*) AS count FROM guest_visits WHERE ${column} = ${sqlLiteral(value)} AND status = 'aktif';`;

    const operations: BenchOperation[] = [
      {
        key: 'guests.today',
        label: `Today's list (newest ${TODAY_PAGE} + counts of ${todayVisits.toLocaleString('en-US')})`,
        target: TARGET,
        async service() {
          const page = await call('guests.today', {});
          if (page.rows.length !== TODAY_PAGE) throw new Error(`guests.today returned ${page.rows.length} rows, expected ${TODAY_PAGE}`);
        },
        shellSql: () => {
          const range = `time_in >= ${sqlLiteral(today.start)} AND time_in < ${sqlLiteral(today.end)}`;
          return (
            `SELECT * FROM guest_visits WHERE ${range} ORDER BY time_in DESC, id DESC LIMIT ${TODAY_PAGE + 1}; ` +
            `SELECT count(*) AS visits, count(id) FILTER (WHERE time_out IS NULL) AS present FROM guest_visits ` +
            `WHERE ${range} AND status = 'aktif';`
          );
        },
      },
      {
        key: 'guests.search',
        label: `Name search (screen limit ${SCREEN_SEARCH_LIMIT})`,
        target: TARGET,
        async service(i) {
          await call('guests.search', { query: at(inputs.names, i), limit: SCREEN_SEARCH_LIMIT });
        },
        shellSql: (i) =>
          `SELECT * FROM guest_visits WHERE id IN (SELECT rowid FROM guest_visits_fts WHERE guest_visits_fts MATCH ` +
          `${sqlLiteral(toFtsPrefixQuery(at(inputs.names, i)) ?? '')} ORDER BY rowid DESC LIMIT ${NAME_SEARCH_BATCH}) ORDER BY id DESC;`,
        note:
          `Shell: the repository's first round in one statement — ${NAME_SEARCH_BATCH} newest ids from FTS5, then their rows. ` +
          `The service also reads the oldest id of the batch by primary key (omitted in the shell).`,
      },
      {
        key: 'guests.lookupVisitor.phone',
        label: 'Returning visitor by phone',
        target: TARGET,
        async service(i) {
          if (!(await call('guests.lookupVisitor', { phone: at(inputs.phones, i) }))) throw new Error('phone lookup found nobody');
        },
        shellSql: (i) => lookupSql('phone', at(inputs.phones, i)),
      },
      {
        key: 'guests.lookupVisitor.nik',
        label: 'Returning visitor by NIK',
        target: TARGET,
        async service(i) {
          if (!(await call('guests.lookupVisitor', { nik: at(inputs.niks, i) }))) throw new Error('NIK lookup found nobody');
        },
        shellSql: (i) => lookupSql('nik', at(inputs.niks, i)),
      },
      {
        key: 'guests.register',
        label: 'Register a visitor',
        target: TARGET,
        async service(i) {
          clock.advanceMinutes(0.25);
          await call('guests.register', at(inputs.newVisitors, i));
        },
        shellSql: (i) => {
          clock.advanceMinutes(0.25);
          const when = clock.now().toISOString();
          const columns = {
            ...fieldsToColumns(guestFieldsSchema.parse(at(inputs.newVisitors, count + i))),
            time_in: when, time_out: null, status: 'aktif', cancel_reason: null, cancelled_at: null, cancelled_by: null,
            created_by: BENCH_OPERATOR, updated_at: when,
          };
          const names = Object.keys(columns).join(', ');
          const values = Object.values(columns).map((v) => sqlLiteral(v)).join(', ');
          return (
            // IMMEDIATE as the app's driver begins its transactions (sqlite3-driver.ts).
            `BEGIN IMMEDIATE; INSERT INTO guest_visits (${names}) VALUES (${values}) RETURNING *; ` +
            `INSERT INTO audit_log (entity_type, entity_id, action, actor, at, changes_json, reason) ` +
            `VALUES ('guest_visit', last_insert_rowid(), 'dibuat', ${sqlLiteral(BENCH_OPERATOR)}, ${sqlLiteral(when)}, '{}', NULL); COMMIT;`
          );
        },
        note: 'Both sides commit a real insert (visit + audit row, FTS trigger included); the rows are deleted after the run.',
      },
    ];

    const dataset: DatasetFacts = {
      rows,
      workingDays: marker.days,
      firstDay: marker.firstDay,
      today: LAST_DAY,
      todayVisits,
      timeZone: OFFICE.timeZone,
      returningVisitorShare: RETURNING_SHARE,
      reused,
      buildSeconds: marker.buildSeconds,
      builtAt: marker.builtAt,
      openSeconds,
      databaseMiB: Math.round(fs.statSync(path.join(dataDir, DATABASE_FILE_NAME)).size / 1024 ** 2),
    };

    return {
      databaseFile: path.join(dataDir, DATABASE_FILE_NAME),
      dataset,
      operations,
      async teardown() {
        try {
          await removeBenchWrites(backend, rows);
        } finally {
          await backend.close();
        }
        if (!options.keep && !reused) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};
