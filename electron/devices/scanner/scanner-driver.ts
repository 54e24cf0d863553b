import type { ColourMode, ScannerCapabilities, ScannerDevice, ScannerDriverKind, ScanSource } from '../../../shared/scanning/scanning';

/** One scan as a driver receives it: the device's own name (without the `sane:` prefix). */
export interface DriverScanRequest {
  device: string;
  resolution: number;
  colourMode: ColourMode;
  source: ScanSource;
  duplex: boolean;
  /** Stop after this many pages; the feeder's whole stack when absent. Flatbed: always one. */
  maxPages?: number;
  /** An empty folder the driver writes its page images into. */
  outDir: string;
}

/** A finished page: its image file (PNG) in `outDir`, numbered from 1 within the scan. */
export interface DriverPage {
  file: string;
  index: number;
}

export interface DriverScanResult {
  pages: number;
  /** The feeder ran out (the normal end of a feeder batch). */
  feederEmptied: boolean;
}

/**
 * A kind of scanner access (SANE's scanimage, Windows WIA). The scanner service talks only to
 * this interface, so a new driver is proven by the same tests. Failures are `ScanError`s with
 * an Indonesian message a clerk can act on.
 */
export interface ScannerDriver {
  readonly kind: ScannerDriverKind;
  /** Null when the driver can work here; otherwise why not (in Indonesian). */
  unavailableReason(): Promise<string | null>;
  listDevices(): Promise<ScannerDevice[]>;
  capabilities(device: string): Promise<ScannerCapabilities>;
  /**
   * Scans into `request.outDir`, calling `onPage` as each page is complete (in order).
   * Resolves when the batch ends; rejects with a ScanError (CANCELLED when `signal` aborts,
   * FEEDER_EMPTY when the feeder had nothing at all, DEVICE_GONE, …). Pages delivered before
   * a failure stay delivered. `onPageProgress` hears how far the page under way is (0–100),
   * from drivers that can tell (SANE); others never call it.
   */
  scan(
    request: DriverScanRequest, onPage: (page: DriverPage) => Promise<void>, signal: AbortSignal, onPageProgress?: (percent: number) => void,
  ): Promise<DriverScanResult>;
}

/** "sane:test:0" → { kind: 'sane', name: 'test:0' }. */
export function splitDeviceId(id: string): { kind: ScannerDriverKind; name: string } | null {
  const match = /^(sane|wia):(.+)$/.exec(id);
  return match ? { kind: match[1] as ScannerDriverKind, name: match[2]! } : null;
}
