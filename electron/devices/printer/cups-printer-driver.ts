import type { PrinterInfo } from '../../../shared/printing/printing-records';
import { cupsPrintArgs } from './cups-print-args';
import { CUPS_UNAVAILABLE, isSchedulerDown, lpFailure, parseDestinations, parseJobIds, parsePrinters, parseRequestId } from './cups-output';
import { PrinterError, type PrinterDriver, type PrinterStatus, type PrintJobOptions } from './printer-driver';
import { runCommand, type CommandResult } from './run-command';

const NOT_INSTALLED = 'Perintah cetak CUPS (lp, lpstat) tidak terpasang di komputer ini. Pasang CUPS, atau cetak lewat dialog.';

/**
 * Printing on Linux and macOS through CUPS's own commands (`lp`, `lpstat`). They honour
 * CUPS_SERVER, which is read when each command runs: the tests point it at a private
 * cupsd. Output is read in the C locale, so a PC set to Indonesian parses the same.
 */
export class CupsPrinterDriver implements PrinterDriver {
  constructor(private readonly baseEnv: () => NodeJS.ProcessEnv = () => process.env) {}

  private async run(command: 'lp' | 'lpstat', args: string[]): Promise<CommandResult> {
    try {
      return await runCommand(command, args, { env: { ...this.baseEnv(), LC_ALL: 'C', LANG: 'C', LANGUAGE: '' } });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new PrinterError('unavailable', NOT_INSTALLED);
      throw err;
    }
  }

  async status(): Promise<PrinterStatus> {
    try {
      const r = await this.run('lpstat', ['-r']);
      return /scheduler is running/.test(r.stdout) ? { available: true } : { available: false, problem: CUPS_UNAVAILABLE };
    } catch (err) {
      if (err instanceof PrinterError) return { available: false, problem: err.message };
      throw err;
    }
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    const details = await this.run('lpstat', ['-l', '-p', '-a', '-d']);
    // lpstat exits 1 both when the scheduler is down and when no printer is installed yet.
    if (details.code !== 0 && isSchedulerDown(details.stderr)) throw new PrinterError('unavailable', CUPS_UNAVAILABLE);
    const printers = parsePrinters(details.stdout);
    // `-e` also names destinations CUPS found on the network but has not set up as queues.
    const names = await this.run('lpstat', ['-e']);
    for (const name of names.code === 0 ? parseDestinations(names.stdout) : []) {
      if (!printers.some((p) => p.name === name)) {
        printers.push({ name, description: 'Printer jaringan (ditemukan otomatis)', isDefault: false, state: 'tidak-diketahui', accepting: true });
      }
    }
    return printers.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
  }

  async print(pdfPath: string, options: PrintJobOptions): Promise<string> {
    const r = await this.run('lp', cupsPrintArgs(pdfPath, options));
    if (r.code !== 0) {
      const failure = lpFailure(r.stderr, options.printer);
      // lp says "printer does not exist" also when it cannot reach the scheduler at all.
      if (failure.problem === 'not-found' && !(await this.status()).available) throw new PrinterError('unavailable', CUPS_UNAVAILABLE);
      throw failure;
    }
    const jobId = parseRequestId(r.stdout);
    if (!jobId) throw new PrinterError('failed', `Printer "${options.printer}" tidak memberi nomor pekerjaan cetak; periksa antrean printer.`);
    return jobId;
  }

  /** Ids of the jobs CUPS has finished (sent to the device), newest first. */
  async completedJobs(printer?: string): Promise<string[]> {
    const r = await this.run('lpstat', ['-W', 'completed', '-o', ...(printer ? [printer] : [])]);
    return parseJobIds(r.stdout);
  }
}
