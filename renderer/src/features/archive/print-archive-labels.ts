import type { LabelSize } from '../../../../shared/archive/archive-schemas';
import type { FileDownload } from '../../../../shared/contract/file-download';
import { printDocument, type PrintOutcome } from '../printing/print-document';

export interface LabelJob {
  ids: number[];
  size: LabelSize;
  /** "Label arsip 0001/HM.01.1/ARSIP/2026", "Label 12 arsip": the job's name in the queue and the log. */
  title: string;
  /** The serial number(s), for the print log. */
  reference: string;
}

/**
 * Folder labels go where the office set "Label arsip" to print (Pengaturan → Printer dan
 * kertas): straight to the label printer, or through a preview and the print dialog. The
 * paper follows the size chosen on screen, whatever the kind's own setting says. With
 * `previewed`, the preview's own "Cetak": the dialog, with the very PDF on screen.
 */
export function printArchiveLabels(job: LabelJob, preview: (file: FileDownload) => void, previewed?: FileDownload): Promise<PrintOutcome> {
  return printDocument({
    documentKind: 'label-arsip',
    call: 'archive.label',
    input: { ids: job.ids, size: job.size },
    title: job.title,
    reference: job.reference,
    paper: job.size === 'A4' ? 'A4' : '100x50mm',
    ...(previewed ? { viaDialog: true, file: previewed } : {}),
    preview,
  });
}
