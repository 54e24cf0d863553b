import { DOCUMENT_KIND_LABELS } from '../../../shared/printing/printing-enums';
import type { PrinterListing, PrintLogEntry, PrintLogPage, PrintResult, PrintSettingsView } from '../../../shared/printing/printing-records';
import type { DocumentKind } from '../../../shared/printing/printing-enums';
import type { CallParsedInput } from '../../../shared/contract/calls';
import type { ErrorCode } from '../../../shared/contract/call-result';
import { PrinterError, type DialogPrinter, type PrinterDriver, type PrinterProblem } from '../../devices/printer/printer-driver';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import type { PrintLogRepository, PrintLogRow } from './print-log-repository';
import type { PrintSettingsService } from './print-settings-service';
import { printablePdf, withTempPdf } from './printable-pdf';

const PROBLEM_CODES: Record<PrinterProblem, ErrorCode> = {
  'not-found': 'NOT_FOUND',
  'not-accepting': 'CONFLICT',
  unavailable: 'CONFLICT',
  cancelled: 'CONFLICT',
  failed: 'CONFLICT',
};

type PrintInput = CallParsedInput<'printing.print'>;

/**
 * Printing a document: composes it through the call that makes it (as the same user),
 * sends it to the printer its kind is set to, and logs every attempt — sent or refused —
 * with what, where, when and who.
 */
export class PrintingService {
  constructor(
    private readonly driver: PrinterDriver,
    /** The desktop app's system print dialog; null in the browser host. */
    private readonly dialog: DialogPrinter | null,
    private readonly settings: PrintSettingsService,
    private readonly log: PrintLogRepository,
    private readonly office: SettingsService,
  ) {}

  async printers(): Promise<PrinterListing> {
    try {
      return { available: true, problem: null, printers: await this.driver.listPrinters() };
    } catch (err) {
      if (err instanceof PrinterError) return { available: false, problem: err.message, printers: [] };
      throw err;
    }
  }

  async view(): Promise<PrintSettingsView> {
    const status = await this.driver.status();
    return {
      kinds: await this.settings.all(),
      direct: status.available ? { available: true, problem: null } : { available: false, problem: status.problem },
      systemDialog: this.dialog !== null,
    };
  }

  async print(input: PrintInput, ctx: CallContext): Promise<PrintResult> {
    const setting = await this.settings.forKind(input.documentKind);
    const composed = await ctx.dispatch(input.source.call, input.source.input);
    // The composing call's own refusal (not found, no permission) is the answer; its field
    // names belong to that call's form, not to this one.
    if (!composed.ok) throw new AppError(composed.error.code, composed.error.message);
    const pdf = await printablePdf(composed.value);

    const method = input.dialog ? 'dialog' : 'langsung';
    const dialog = this.dialog;
    if (method === 'dialog' && !dialog) {
      throw new AppError('CONFLICT', 'Dialog cetak sistem hanya ada di aplikasi desktop; di peramban, cetak lewat dialog peramban.');
    }
    const copies = input.copies ?? setting.copies;
    const paper = input.paper ?? setting.paper;
    const title = input.title || DOCUMENT_KIND_LABELS[input.documentKind];
    let printer = input.printer ?? setting.printer;
    const attempt = (): Omit<PrintLogRow, 'status' | 'error' | 'job_id'> => ({
      document_kind: input.documentKind, title, reference: input.reference, printer: printer ?? '', copies,
      pages: pdf.pages, paper, method, printed_by: ctx.actor, printed_at: ctx.clock.now().toISOString(),
    });

    let jobId: string | null = null;
    try {
      if (method === 'dialog') {
        await withTempPdf(pdf, (file) =>
          dialog!.printWithDialog(file, { printer: printer ?? undefined, copies, paper, duplex: setting.duplex, title }),
        );
      } else {
        printer ??= await this.systemDefault(input.documentKind);
        const target = printer;
        jobId = await withTempPdf(pdf, (file) =>
          this.driver.print(file, { printer: target, copies, paper, duplex: setting.duplex, title }),
        );
      }
    } catch (err) {
      if (err instanceof PrinterError && err.problem === 'cancelled') throw new AppError('CONFLICT', err.message);
      const known = err instanceof PrinterError || err instanceof AppError;
      const message = known ? err.message : 'Pencetakan gagal karena kesalahan di aplikasi.';
      await this.log.insert({ ...attempt(), status: 'gagal', error: message, job_id: null });
      if (err instanceof PrinterError) throw new AppError(PROBLEM_CODES[err.problem], err.message);
      throw err;
    }
    const entry = await this.log.insert({ ...attempt(), status: 'terkirim', error: null, job_id: jobId });
    return { jobId, printer: entry.printer, pages: pdf.pages, logId: entry.id };
  }

  /** The browser's own dialog printed a document: recorded as the signed-in user's. */
  recordDialogPrint(input: CallParsedInput<'printing.recordDialogPrint'>, ctx: CallContext): Promise<PrintLogEntry> {
    return this.log.insert({
      document_kind: input.documentKind, title: input.title, reference: input.reference, printer: '', copies: input.copies,
      pages: input.pages, paper: input.paper, method: 'dialog', status: 'terkirim', error: null, job_id: null,
      printed_by: ctx.actor, printed_at: ctx.clock.now().toISOString(),
    });
  }

  async logPage(query: CallParsedInput<'printing.log'>): Promise<PrintLogPage> {
    return this.log.page(query, (await this.office.office()).timeZone);
  }

  private async systemDefault(kind: DocumentKind): Promise<string> {
    const fallback = (await this.driver.listPrinters()).find((p) => p.isDefault);
    if (fallback) return fallback.name;
    throw new PrinterError(
      'not-found',
      `Komputer ini belum punya printer bawaan. Pilih printer untuk "${DOCUMENT_KIND_LABELS[kind]}" di Pengaturan → Printer dan kertas.`,
    );
  }
}
