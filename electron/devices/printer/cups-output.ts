import type { PrinterInfo } from '../../../shared/printing/printing-records';
import type { PrinterState } from '../../../shared/printing/printing-enums';
import { PrinterError } from './printer-driver';

/**
 * Readers of what CUPS's commands print. The driver runs them with LC_ALL=C, so the
 * wording is CUPS's English whatever the PC's language, the same on Linux and macOS.
 */

/** `lpstat -e`: one destination name per line (also the temporary, discovered ones). */
export function parseDestinations(stdout: string): string[] {
  return stdout.split('\n').map((line) => line.trim()).filter((line) => line.length > 0 && !/\s/.test(line));
}

/**
 * `lpstat -l -p -a -d`:
 *   printer MejaPDF is idle.  enabled since …          (or "now printing MejaPDF-3.", "disabled since …")
 *   \tDescription: Printer loket
 *   MejaPDF accepting requests since …                  (or "not accepting requests")
 *   system default destination: MejaPDF                 (or "no system default destination")
 */
export function parsePrinters(stdout: string): PrinterInfo[] {
  const byName = new Map<string, PrinterInfo>();
  let current: PrinterInfo | null = null;
  let defaultName: string | null = null;
  for (const line of stdout.split('\n')) {
    const printer = /^printer (\S+) (.*)$/.exec(line);
    if (printer) {
      current = { name: printer[1]!, description: '', isDefault: false, state: printerState(printer[2]!), accepting: true };
      byName.set(current.name, current);
      continue;
    }
    const description = /^\s+Description: ?(.*)$/.exec(line);
    if (description && current) {
      current.description = description[1]!.trim();
      continue;
    }
    const accepting = /^(\S+) (not accepting|accepting) requests/.exec(line);
    if (accepting) {
      current = null;
      const known = byName.get(accepting[1]!);
      if (known) known.accepting = accepting[2] === 'accepting';
      continue;
    }
    const fallback = /^system default destination: (\S+)/.exec(line);
    if (fallback) defaultName = fallback[1]!;
  }
  const printers = [...byName.values()];
  for (const p of printers) p.isDefault = p.name === defaultName;
  return printers;
}

function printerState(rest: string): PrinterState {
  if (rest.startsWith('is idle')) return 'siap';
  if (rest.startsWith('now printing')) return 'mencetak';
  if (rest.startsWith('disabled')) return 'berhenti';
  return 'tidak-diketahui';
}

/** `lp`: "request id is MejaPDF-12 (1 file(s))". */
export function parseRequestId(stdout: string): string | null {
  return /request id is (\S+)/.exec(stdout)?.[1] ?? null;
}

/** `lpstat -W completed -o`: one job per line, its id first. */
export function parseJobIds(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => /^(\S+-\d+)\s/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined);
}

/** The scheduler cannot be reached: not installed, not running, or a CUPS_SERVER nobody listens on. */
export function isSchedulerDown(stderr: string): boolean {
  return /scheduler is not running|unable to connect|connection refused|no such file or directory|server-error-service-unavailable/i.test(stderr);
}

export const CUPS_UNAVAILABLE =
  'Layanan cetak (CUPS) di komputer ini tidak berjalan atau tidak dapat dihubungi. Nyalakan layanan cetak, atau cetak lewat dialog.';

/** What `lp` said on failure, as a message a clerk can act on. */
export function lpFailure(stderr: string, printer: string): PrinterError {
  if (/does not exist|not found|no such destination/i.test(stderr)) {
    return new PrinterError(
      'not-found',
      `Printer "${printer}" tidak ditemukan di komputer ini. Pilih printer yang ada di Pengaturan → Printer dan kertas.`,
    );
  }
  if (/not accepting/i.test(stderr)) {
    return new PrinterError('not-accepting', `Printer "${printer}" sedang tidak menerima pekerjaan cetak. Nyalakan kembali antreannya atau pilih printer lain.`);
  }
  if (isSchedulerDown(stderr)) return new PrinterError('unavailable', CUPS_UNAVAILABLE);
  const said = stderr.trim().split('\n')[0]?.replace(/^lp:\s*/, '') ?? '';
  return new PrinterError('failed', `Pencetakan ke "${printer}" gagal${said ? `: ${said}` : '.'}`);
}
