import path from 'node:path';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/create-backend';
import { ManualClock } from '../../electron/backend/core/clock';
import type { CallEnvelope, CallResult } from '../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import { makeTempDir, removeTempDir } from './temp-dir';

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
  /** A typed call through the real dispatcher, exactly as a transport makes it. */
  call<N extends CallName>(name: N, input: CallInput<N>, operator?: string): Promise<CallResult<CallOutput<N>>>;
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
    });
  } catch (err) {
    removeTempDir(dataDir);
    throw err;
  }

  const call = async <N extends CallName>(name: N, input: CallInput<N>, operator?: string) => {
    const envelope: CallEnvelope = operator === undefined ? { input } : { input, operator };
    return (await backend.dispatch(name, envelope)) as CallResult<CallOutput<N>>;
  };

  let closed = false;
  return {
    backend,
    clock,
    dataDir,
    databaseFile: path.join(dataDir, DATABASE_FILE_NAME),
    call,
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
