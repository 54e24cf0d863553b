import { call, none } from './call-spec';
import type { PrinterListing, PrintLogEntry, PrintLogPage, PrintResult, PrintSettingsView } from '../printing/printing-records';
import { printDocumentSchema, printLogQuerySchema, recordDialogPrintSchema, savePrintSettingsSchema } from '../printing/printing-schemas';

/** The `printing.*` calls (issue 6): printers, per-document settings, printing a composed PDF, the print log. */
export const printingCalls = {
  'printing.printers': call<PrinterListing>()(none),
  'printing.settings': call<PrintSettingsView>()(none),
  'printing.saveSettings': call<PrintSettingsView>()(savePrintSettingsSchema),
  'printing.print': call<PrintResult>()(printDocumentSchema),
  'printing.recordDialogPrint': call<PrintLogEntry>()(recordDialogPrintSchema),
  'printing.log': call<PrintLogPage>()(printLogQuerySchema),
};
