import path from 'node:path';
import type { ScannerCapabilities, ScannerDevice } from '../../../shared/scanning/scanning';
import { ProgramMissingError, runProgram, type ProgramResult } from './run-program';
import { SCAN_MESSAGES, ScanError, type ScanErrorCode } from './scan-error';
import type { DriverPage, DriverScanRequest, DriverScanResult, ScannerDriver } from './scanner-driver';
import { jsonLine, WIA_ERRORS, wiaCapabilities, wiaCapabilitiesCommand, wiaDevices, wiaListCommand, wiaScanCommand, type PowerShellCommand } from './wia-commands';

const NOT_WINDOWS = 'Pemindai WIA hanya tersedia di Windows.';
const NO_POWERSHELL = 'PowerShell tidak dapat dijalankan, sehingga pemindai WIA tidak dapat dipakai. Hubungi pengelola komputer.';

/** A WIA HRESULT in our terms. */
export function wiaProblem(hresult: string): ScanErrorCode {
  switch (hresult.toUpperCase().replace(/^0X/, '0x')) {
    case WIA_ERRORS.PAPER_EMPTY: return 'FEEDER_EMPTY';
    case WIA_ERRORS.PAPER_JAM: return 'JAMMED';
    case WIA_ERRORS.BUSY: return 'BUSY';
    case WIA_ERRORS.COVER_OPEN: return 'COVER_OPEN';
    case WIA_ERRORS.OFFLINE:
    case WIA_ERRORS.NO_DEVICE: return 'DEVICE_GONE';
    default: return 'FAILED';
  }
}

/**
 * Scanners on Windows through WIA, driven by the PowerShell scripts of wia-commands.ts.
 * Only runs on Windows; elsewhere it says so and lists nothing.
 */
export class WiaDriver implements ScannerDriver {
  readonly kind = 'wia' as const;

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  async unavailableReason(): Promise<string | null> {
    return this.platform === 'win32' ? null : NOT_WINDOWS;
  }

  async listDevices(): Promise<ScannerDevice[]> {
    if (this.platform !== 'win32') return [];
    const result = await this.run(wiaListCommand(), 60_000);
    return wiaDevices(jsonLine(result.stdout));
  }

  async capabilities(device: string): Promise<ScannerCapabilities> {
    const result = await this.run(wiaCapabilitiesCommand(device), 60_000);
    const error = /^ERROR (0x[0-9A-F]{8})/m.exec(result.stdout);
    if (error) throw new ScanError(wiaProblem(error[1]!), SCAN_MESSAGES[wiaProblem(error[1]!)], result.stdout);
    return wiaCapabilities(`wia:${device}`, jsonLine(result.stdout));
  }

  async scan(request: DriverScanRequest, onPage: (page: DriverPage) => Promise<void>, signal: AbortSignal): Promise<DriverScanResult> {
    let pages = 0;
    let feederEmptied = false;
    let error: string | null = null;
    const result = await this.run(wiaScanCommand(request, path.sep), undefined, signal, async (line) => {
      if (line.startsWith('PAGE ')) {
        pages += 1;
        await onPage({ file: line.slice(5).trim(), index: pages });
      } else if (line.trim() === 'FEEDER-EMPTY') feederEmptied = true;
      else if (line.startsWith('ERROR ')) error = line.slice(6).trim();
    });
    if (result.aborted) throw new ScanError('CANCELLED');
    if (error) {
      const code = wiaProblem(error);
      throw new ScanError(code, SCAN_MESSAGES[code], result.stdout + result.stderr);
    }
    if (result.code !== 0 || pages === 0) throw new ScanError('FAILED', SCAN_MESSAGES.FAILED, result.stderr);
    return { pages, feederEmptied };
  }

  private async run(command: PowerShellCommand, timeoutMs?: number, signal?: AbortSignal, onLine?: (line: string) => Promise<void>): Promise<ProgramResult> {
    if (this.platform !== 'win32') throw new ScanError('NOT_AVAILABLE', NOT_WINDOWS);
    try {
      return await runProgram(command.program, command.args, { timeoutMs, signal, onLine });
    } catch (err) {
      if (err instanceof ProgramMissingError) throw new ScanError('NOT_AVAILABLE', NO_POWERSHELL);
      throw err;
    }
  }
}
