import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { ManualClock } from '../../../electron/backend/core/clock';
import type { ScannerSetup } from '../../../electron/backend/scanning/create-scanning';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import type { ScanJob } from '../../../shared/scanning/scanning';
import { DEFAULT_NOW, DEFAULT_OPERATOR, TEST_SCRYPT_COST, testSession } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

/** Polls scanner.job until the scan is over (the screen does the same every half second). */
export async function waitForScan(t: ScanningBackend, sessionId: string, timeoutMs = 60_000): Promise<ScanJob> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await t.ok('scanner.job', { sessionId });
    if (job.state === 'siap') return job;
    if (Date.now() > until) throw new Error(`scan still running after ${timeoutMs} ms: ${JSON.stringify(job.message)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until every page's QR codes have been read. */
export async function waitForQr(t: ScanningBackend, sessionId: string): Promise<ScanJob> {
  for (let i = 0; i < 600; i++) {
    const job = await t.ok('scanner.job', { sessionId });
    if (job.pages.every((p) => p.qr !== null)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('QR codes still being read after 30 s');
}

/** Per page: number, rotation and size in points, from `pdfinfo -f 1 -l N`. */
export function pdfPageInfo(pdf: Buffer): { page: number; rotation: number; width: number; height: number }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-pdfinfo-'));
  try {
    const file = path.join(dir, 'scan.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
    const sizes = [...out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)];
    const rotations = new Map([...out.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)].map((m) => [Number(m[1]), Number(m[2])]));
    return sizes.map((m) => ({ page: Number(m[1]), width: Number(m[2]), height: Number(m[3]), rotation: rotations.get(Number(m[1])) ?? 0 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ScanningBackend {
  backend: Backend;
  clock: ManualClock;
  dataDir: string;
  call<N extends CallName>(name: N, input: CallInput<N>, operator?: string): Promise<CallResult<CallOutput<N>>>;
  ok<N extends CallName>(name: N, input: CallInput<N>, operator?: string): Promise<CallOutput<N>>;
  close(): Promise<void>;
}

/**
 * A real backend on a temp folder, as openTempBackend makes one, with its scanner setup given.
 * With `dataDir` it opens that folder (a restart) and leaves it in place when closed.
 */
export async function openScanningBackend(scanner: ScannerSetup, options: { dataDir?: string } = {}): Promise<ScanningBackend> {
  const dataDir = options.dataDir ?? makeTempDir('meja-scan-');
  const clock = new ManualClock(DEFAULT_NOW);
  const backend = await createBackend({
    dataDir, clock, runtime: 'browser', version: '0.0.0-test', log: (err) => console.error(err), scryptCost: TEST_SCRYPT_COST, scanner,
  });
  const sessions = new Map<string, string>();
  const call = async <N extends CallName>(name: N, input: CallInput<N>, operator = DEFAULT_OPERATOR) => {
    let token = sessions.get(operator);
    if (!token) sessions.set(operator, (token = await testSession(backend, operator)));
    return (await backend.dispatch(name, { input, session: token })) as CallResult<CallOutput<N>>;
  };
  return {
    backend,
    clock,
    dataDir,
    call,
    async ok(name, input, operator) {
      const result = await call(name, input, operator);
      if (!result.ok) throw new Error(`${name} gagal: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async close() {
      try {
        await backend.close();
      } finally {
        if (!options.dataDir) removeTempDir(dataDir);
      }
    },
  };
}
