import path from 'node:path';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/create-backend';
import { hashPassword } from '../../electron/backend/accounts/password-hash';
import { ManualClock } from '../../electron/backend/core/clock';
import type { CallEnvelope, CallResult } from '../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import { PERMISSIONS } from '../../shared/accounts/permissions';
import { makeTempDir, removeTempDir } from './temp-dir';

/** The password of every account test support creates. */
export const TEST_PASSWORD = 'kata-sandi-uji';
/** scrypt at N = 2^10: the real algorithm, fast enough for hundreds of tests. */
export const TEST_SCRYPT_COST = 10;
/** Who acts when a test does not name an operator. */
export const DEFAULT_OPERATOR = 'Petugas Uji';

let testHash: Promise<string> | null = null;

/** "Rina Oktaviani" → "rina.oktaviani": the user name of a test account. */
export function testUsername(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '');
  return slug.length >= 3 ? slug.slice(0, 32) : `uji.${slug}`;
}

/**
 * A session on `backend` for the test account displayed as `name` — an administrator
 * with every permission, so tests of other features are not about permissions. The
 * account is written straight into the database (no audit rows, so tests that count
 * history rows are not disturbed) on first use; the session is a real one.
 */
export async function testSession(backend: Backend, name: string = DEFAULT_OPERATOR): Promise<string> {
  const username = testUsername(name);
  let row = await backend.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!row) {
    testHash ??= hashPassword(TEST_PASSWORD, TEST_SCRYPT_COST);
    const at = new Date(0).toISOString();
    row = await backend.db.insertInto('users').values({
      username, name, nip: '', password_hash: await testHash, is_admin: 1, permissions_json: JSON.stringify(PERMISSIONS),
      active: 1, failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
  }
  return backend.openTrustedSession(row.id);
}

/** Monday 23 November 2026, 08.00 WIB. */
export const DEFAULT_NOW = new Date('2026-11-23T01:00:00Z');

export interface TempBackendOptions {
  now?: Date;
  busyTimeoutMs?: number;
  /** Receives the faults the dispatcher logs (default: kept quiet). */
  log?: (err: unknown) => void;
}

export interface TempBackend {
  backend: Backend;
  clock: ManualClock;
  dataDir: string;
  databaseFile: string;
  /** A typed call through the real dispatcher, signed in as the test account `operator` (created on first use). */
  call<N extends CallName>(name: N, input: CallInput<N>, operator?: string): Promise<CallResult<CallOutput<N>>>;
  /** A raw envelope through the dispatcher; an object envelope without `session` gets the default operator's. */
  dispatch(name: string, envelope: unknown): Promise<CallResult<unknown>>;
  /** The session of the test account `operator` in this backend. */
  session(operator?: string): Promise<string>;
  /** Like `call`, but fails the test with the error's message unless the call succeeded. */
  ok<N extends CallName>(name: N, input: CallInput<N>, operator?: string): Promise<CallOutput<N>>;
  close(): Promise<void>;
}

/** A real backend on a real SQLite file in a fresh temp folder, with a clock that only moves when told. */
export async function openTempBackend(options: TempBackendOptions = {}): Promise<TempBackend> {
  const dataDir = makeTempDir('meja-backend-');
  const clock = new ManualClock(options.now ?? DEFAULT_NOW);
  let backend: Backend;
  try {
    backend = await createBackend({
      dataDir,
      clock,
      runtime: 'browser',
      version: '0.0.0-test',
      busyTimeoutMs: options.busyTimeoutMs,
      log: options.log ?? (() => undefined),
      scryptCost: TEST_SCRYPT_COST,
    });
  } catch (err) {
    removeTempDir(dataDir);
    throw err;
  }

  const sessions = new Map<string, string>();
  const session = async (operator: string = DEFAULT_OPERATOR) => {
    let token = sessions.get(operator);
    if (!token) sessions.set(operator, (token = await testSession(backend, operator)));
    return token;
  };
  const call = async <N extends CallName>(name: N, input: CallInput<N>, operator?: string) => {
    const envelope: CallEnvelope = { input, session: await session(operator) };
    const result = (await backend.dispatch(name, envelope)) as CallResult<CallOutput<N>>;
    if (result.ok || result.error.code !== 'SESSION_LOCKED') return result;
    // The test moved the clock past the idle time: the clerk signs in again, as at a real desk.
    sessions.delete(operator ?? DEFAULT_OPERATOR);
    return (await backend.dispatch(name, { input, session: await session(operator) })) as CallResult<CallOutput<N>>;
  };
  const dispatch = async (name: string, envelope: unknown) => {
    const plain = typeof envelope === 'object' && envelope !== null && !Array.isArray(envelope);
    return backend.dispatch(name, plain && !('session' in envelope) ? { ...envelope, session: await session() } : envelope);
  };

  let closed = false;
  return {
    backend,
    clock,
    dataDir,
    databaseFile: path.join(dataDir, DATABASE_FILE_NAME),
    call,
    dispatch,
    session,
    async ok(name, input, operator) {
      const result = await call(name, input, operator);
      if (!result.ok) throw new Error(`${name} gagal: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await backend.close();
      } finally {
        removeTempDir(dataDir);
      }
    },
  };
}
