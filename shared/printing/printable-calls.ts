/**
 * The calls `printing.print` may compose a document with: the ones that return a PDF.
 * An allow-list rather than "any call returning a file", so printing can never be made to
 * run a call that changes something, and exports (CSV, XLSX, JSON) are not sent to a
 * printer. printable-calls-check.ts makes the compiler confirm every entry returns a
 * FileDownload (it cannot be checked here: the contract's own type is built from this
 * list). A screen that prints a new kind of PDF adds its call here.
 */
export const PRINTABLE_CALLS = [
  'complaints.receipt',
  'complaints.consultationPdf',
  'guests.printBook',
  'sop.printChart',
  'workflow.printDisposition',
  'workflow.printBlankDisposition',
  'workflow.printTeamDecree',
  'workflow.printCaseChart',
  'letters.pdf',
  'letters.preview',
  'letters.deliveryReceipt',
  'letters.publicAnswer',
  'archive.label',
  'archive.documentPdf',
] as const;

export type PrintableCall = (typeof PRINTABLE_CALLS)[number];
