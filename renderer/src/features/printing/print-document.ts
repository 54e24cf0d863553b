import type { CallResult } from '../../../../shared/contract/call-result';
import type { CallInput } from '../../../../shared/contract/calls';
import type { FileDownload } from '../../../../shared/contract/file-download';
import type { PrintableCall } from '../../../../shared/printing/printable-calls';
import type { DocumentKind, PrintPaper } from '../../../../shared/printing/printing-enums';
import type { PrintSetting, PrintSettingsView } from '../../../../shared/printing/printing-records';
import { call } from '../../api/client';
import { pdfPageCount, printPdfInBrowser } from './print-in-browser';
import { showPrintToast } from './print-toast';

export interface PrintRequest<N extends PrintableCall> {
  documentKind: DocumentKind;
  /** The call that composes the PDF, and its input: the backend makes it again to print silently. */
  call: N;
  input: CallInput<N>;
  /** The job's name in the queue and in the log ("Tanda terima 001/ADU/HM.01/XI/2026"). */
  title: string;
  /** Tracking code, register or letter number, for the log. */
  reference?: string;
  /** The paper the clerk composed it on, when the screen offers a choice; else the kind's setting. */
  paper?: PrintPaper;
  /** The PDF when the screen already has it (a preview): the browser's dialog prints it as is. */
  file?: FileDownload;
  /**
   * Where the kind prints through the dialog, hand the PDF to this preview first (its own
   * "Cetak" then calls printDocument again with `viaDialog`); a silent kind skips it.
   */
  preview?(file: FileDownload): void;
  /** Print through the dialog whatever the setting (the preview's "Cetak" button). */
  viaDialog?: boolean;
}

export type PrintOutcome =
  | { ok: true; method: 'langsung'; printer: string; message: string }
  | { ok: true; method: 'dialog'; message: string }
  | { ok: true; method: 'pratinjau' }
  | { ok: false; message: string };

/** Failures are returned, not toasted: the screen shows them next to the button that was pressed. */
const fail = (message: string): PrintOutcome => ({ ok: false, message });

async function composed<N extends PrintableCall>(req: PrintRequest<N>): Promise<CallResult<FileDownload>> {
  if (req.file) return { ok: true, value: req.file };
  return (await call(req.call, req.input)) as CallResult<FileDownload>;
}

/**
 * Prints a document the way the office set its kind up (Pengaturan → Printer dan kertas):
 * "langsung" sends it straight to the kind's printer through the backend, with a toast
 * "Dicetak ke …"; "dialog" — or a PC where direct printing does not work — opens the
 * print dialog (the desktop app's system dialog, or the browser's over the PDF) and
 * records the print in the log. A failure is returned for the screen's own notice.
 */
export async function printDocument<N extends PrintableCall>(req: PrintRequest<N>): Promise<PrintOutcome> {
  const view = await call('printing.settings', {});
  // Without the settings (an old backend, a lost connection) the dialog still prints.
  const settings: PrintSettingsView | null = view.ok ? view.value : null;
  const setting = settings?.kinds.find((k) => k.documentKind === req.documentKind) ?? null;
  const source = { call: req.call, input: req.input as unknown };
  const base = { documentKind: req.documentKind, source, title: req.title, reference: req.reference ?? '', ...(req.paper ? { paper: req.paper } : {}) };

  if (!req.viaDialog && setting?.method === 'langsung' && settings?.direct.available) {
    const r = await call('printing.print', base);
    if (!r.ok) return fail(r.error.message);
    const message = `Dicetak ke ${r.value.printer}`;
    showPrintToast(message, 'success');
    return { ok: true, method: 'langsung', printer: r.value.printer, message };
  }

  if (req.preview && !req.viaDialog) {
    const file = await composed(req);
    if (!file.ok) return fail(file.error.message);
    req.preview(file.value);
    return { ok: true, method: 'pratinjau' };
  }
  return printThroughDialog(req, settings, setting, base);
}

async function printThroughDialog<N extends PrintableCall>(
  req: PrintRequest<N>,
  settings: PrintSettingsView | null,
  setting: PrintSetting | null,
  base: { documentKind: DocumentKind; source: { call: PrintableCall; input: unknown }; title: string; reference: string; paper?: PrintPaper },
): Promise<PrintOutcome> {
  if (settings?.systemDialog) {
    // The desktop app: its main process opens the system dialog with the kind's printer and paper chosen.
    const r = await call('printing.print', { ...base, dialog: true });
    if (!r.ok) return fail(r.error.message);
    const message = r.value.printer ? `Dicetak ke ${r.value.printer}` : 'Dikirim lewat dialog cetak.';
    showPrintToast(message, 'success');
    return { ok: true, method: 'dialog', message };
  }
  const file = await composed(req);
  if (!file.ok) return fail(file.error.message);
  try {
    await printPdfInBrowser(file.value);
  } catch {
    return fail('Dialog cetak peramban tidak dapat dibuka. Simpan PDF-nya, lalu cetak dari penampil PDF.');
  }
  const logged = await call('printing.recordDialogPrint', {
    documentKind: req.documentKind, title: req.title, reference: req.reference ?? '', copies: setting?.copies ?? 1,
    pages: pdfPageCount(file.value), paper: req.paper ?? setting?.paper ?? null,
  });
  // The document is printing; a log that could not be written is said, not hidden.
  if (!logged.ok) showPrintToast(`Dicetak, tetapi tidak tercatat di log cetak: ${logged.error.message}`, 'error');
  return { ok: true, method: 'dialog', message: 'Dialog cetak dibuka.' };
}
