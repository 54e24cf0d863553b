import path from 'node:path';
import type { ScannerCapabilities, ScannerDevice } from '../../../shared/scanning/scanning';
import { ProgramMissingError, runProgram, type ProgramResult } from './run-program';
import { parseSaneDeviceList, parseSaneOptions, saneCapabilities, scanimageArgs, type SanePlan } from './sane-options';
import { SCAN_MESSAGES, ScanError, type ScanErrorCode } from './scan-error';
import type { DriverPage, DriverScanRequest, DriverScanResult, ScannerDriver } from './scanner-driver';

export interface SaneDriverOptions {
  /** The program (default `scanimage` from PATH). */
  program?: string;
  /** Environment of every run; SANE_CONFIG_DIR chooses which backends SANE loads. */
  env?: NodeJS.ProcessEnv;
  /** Extra arguments per device, after ours (e.g. the pnm test device's --filename). */
  deviceArgs?: Record<string, readonly string[]>;
  /** Listing probes network scanners; give up after this long (default 60 s). */
  listTimeoutMs?: number;
  /** How long scanimage may take to exit after its batch ended (default 5 s). */
  exitGraceMs?: number;
  /**
   * How long a scan may go without a word from scanimage (default 3 minutes). With --progress
   * it writes every few hundred milliseconds while a page comes in; only the lamp's warm-up
   * is silent, and no scanner warms up for minutes.
   */
  stallMs?: number;
}

const NO_ANSWER = 'Pemindai tidak menjawab. Periksa pemindai dan sambungannya, lalu coba lagi.';

export const SCANIMAGE_MISSING =
  'Program scanimage (SANE) tidak ditemukan. Di Linux pasang paket sane-utils (mis. "sudo apt install sane-utils"), lalu muat ulang daftar pemindai.';

/**
 * Scanners through SANE's `scanimage` (Linux, and macOS with SANE installed): `-L` lists
 * devices, `-A -d <device>` reads their options, and `--batch … --batch-print` scans page
 * after page into PNG files, naming each file as it is finished — that line is the
 * progress of a feeder batch.
 */
export class SaneDriver implements ScannerDriver {
  readonly kind = 'sane' as const;
  private readonly program: string;
  private readonly plans = new Map<string, { capabilities: ScannerCapabilities; plan: SanePlan }>();

  constructor(private readonly options: SaneDriverOptions = {}) {
    this.program = options.program ?? 'scanimage';
  }

  async unavailableReason(): Promise<string | null> {
    try {
      const result = await runProgram(this.program, ['--version'], { env: this.options.env, timeoutMs: 10_000 });
      return result.code === 0 ? null : SCANIMAGE_MISSING;
    } catch (error) {
      if (error instanceof ProgramMissingError) return SCANIMAGE_MISSING;
      throw error;
    }
  }

  async listDevices(): Promise<ScannerDevice[]> {
    const result = await this.run(['-L'], this.options.listTimeoutMs ?? 60_000);
    return parseSaneDeviceList(result.stdout).map((d) => ({ id: `sane:${d.name}`, driver: 'sane', label: `${d.label} (${d.name})` }));
  }

  async capabilities(device: string): Promise<ScannerCapabilities> {
    return (await this.plan(device, true)).capabilities;
  }

  async scan(
    request: DriverScanRequest, onPage: (page: DriverPage) => Promise<void>, signal: AbortSignal, onPageProgress?: (percent: number) => void,
  ): Promise<DriverScanResult> {
    const { plan } = await this.plan(request.device, false);
    const args = scanimageArgs(request, plan, this.options.deviceArgs?.[request.device] ?? [], path.sep);
    let pages = 0;
    let result: ProgramResult;
    try {
      result = await runProgram(this.program, args, {
        env: this.options.env,
        signal,
        // scanimage's last words of a batch; a backend stuck closing the device after them is let go.
        finishedWhen: /Batch terminated/,
        exitGraceMs: this.options.exitGraceMs,
        stallMs: this.options.stallMs ?? 180_000,
        onStderr: (chunk) => {
          const percent = lastProgress(chunk);
          if (percent !== null) onPageProgress?.(percent);
        },
        onLine: async (line) => {
          const file = line.trim();
          // --batch-print names each page file once it is closed and complete.
          if (!file.endsWith('.png') || path.dirname(path.resolve(file)) !== path.resolve(request.outDir)) return;
          pages += 1;
          await onPage({ file: path.resolve(file), index: pages });
        },
      });
    } catch (error) {
      if (error instanceof ProgramMissingError) throw new ScanError('NOT_AVAILABLE', SCANIMAGE_MISSING);
      throw error;
    }
    if (result.stalled) throw new ScanError('DEVICE_GONE', NO_ANSWER, result.stderr);
    if (result.aborted) throw new ScanError('CANCELLED', SCAN_MESSAGES.CANCELLED, result.stderr);
    const feederEmptied = /out of documents|no more documents|SANE_STATUS_NO_DOCS/i.test(result.stderr);
    const problem = saneProblem(result.stderr);
    if (pages === 0 && feederEmptied) throw new ScanError('FEEDER_EMPTY', SCAN_MESSAGES.FEEDER_EMPTY, result.stderr);
    if (problem) throw new ScanError(problem, SCAN_MESSAGES[problem], result.stderr);
    if ((result.code !== 0 && !result.lingered) || pages === 0) throw new ScanError('FAILED', SCAN_MESSAGES.FAILED, result.stderr);
    return { pages, feederEmptied };
  }

  private async plan(device: string, fresh: boolean) {
    const known = this.plans.get(device);
    if (known && !fresh) return known;
    const result = await this.run(['-A', '-d', device], 30_000);
    const problem = saneProblem(result.stderr);
    if (result.code !== 0) throw new ScanError(problem ?? 'DEVICE_GONE', SCAN_MESSAGES[problem ?? 'DEVICE_GONE'], result.stderr);
    const planned = saneCapabilities(`sane:${device}`, parseSaneOptions(result.stdout));
    this.plans.set(device, planned);
    return planned;
  }

  private async run(args: string[], timeoutMs: number): Promise<ProgramResult> {
    try {
      const result = await runProgram(this.program, args, { env: this.options.env, timeoutMs });
      if (result.timedOut) throw new ScanError('DEVICE_GONE', NO_ANSWER, result.stderr);
      return result;
    } catch (error) {
      if (error instanceof ProgramMissingError) throw new ScanError('NOT_AVAILABLE', SCANIMAGE_MISSING);
      throw error;
    }
  }
}

/** The last "Progress: 42.3%" scanimage --progress wrote in a chunk of stderr, as a whole percent; null if none. */
export function lastProgress(chunk: string): number | null {
  const all = [...chunk.matchAll(/Progress: (\d+(?:\.\d+)?)%/g)];
  return all.length > 0 ? Math.min(100, Math.floor(Number(all.at(-1)![1]))) : null;
}

/** The trouble scanimage reports on stderr, in our terms; null when it reports none we know. */
export function saneProblem(stderr: string): Exclude<ScanErrorCode, 'FEEDER_EMPTY'> | null {
  if (/device busy/i.test(stderr)) return 'BUSY';
  if (/jammed/i.test(stderr)) return 'JAMMED';
  if (/cover (is )?open/i.test(stderr)) return 'COVER_OPEN';
  if (/open of device .* failed|error during device i\/o|no such device|device (was )?(disconnected|removed)/i.test(stderr)) return 'DEVICE_GONE';
  if (/operation was cancel+ed/i.test(stderr)) return 'CANCELLED';
  return null;
}
