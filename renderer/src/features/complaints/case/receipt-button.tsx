import { useState } from 'react';
import type { FileDownload } from '../../../../../shared/contract/file-download';
import type { NoticeMessage } from '../../../components/notice';
import { fileToBlob } from '../../../lib/save-file';
import { printDocument, type PrintRequest } from '../../printing/print-document';
import { PdfPreviewDialog } from '../shared/pdf-preview-dialog';

interface Props {
  complaintId: number;
  /** For the print log and the printer's queue. */
  registerNumber?: string;
  trackingCode?: string;
  onNotice(n: NoticeMessage): void;
}

/**
 * "Cetak tanda terima": the receipt PDF (complaints.receipt) printed as the office set
 * receipts up — straight to the counter's printer, or previewed, then printed or saved.
 */
export function ReceiptButton({ complaintId, registerNumber, trackingCode, onNotice }: Props) {
  const [busy, setBusy] = useState(false);
  const [pdf, setPdf] = useState<{ file: FileDownload; blob: Blob } | null>(null);
  const request: PrintRequest<'complaints.receipt'> = {
    documentKind: 'tanda-terima', call: 'complaints.receipt', input: { id: complaintId },
    title: registerNumber ? `Tanda terima ${registerNumber}` : 'Tanda terima pengaduan', reference: trackingCode ?? '',
  };

  async function make() {
    setBusy(true);
    const outcome = await printDocument({ ...request, preview: (file) => setPdf({ file, blob: fileToBlob(file) }) });
    setBusy(false);
    if (!outcome.ok) onNotice({ kind: 'error', text: outcome.message });
  }

  async function printPreviewed(file: FileDownload) {
    const outcome = await printDocument({ ...request, file, viaDialog: true });
    if (!outcome.ok) onNotice({ kind: 'error', text: outcome.message });
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void make()}>
        {busy ? 'Menyusun tanda terima…' : 'Cetak tanda terima'}
      </button>
      {pdf ? (
        <PdfPreviewDialog title="Tanda terima pengaduan" fileName={pdf.file.fileName} blob={pdf.blob} onClose={() => setPdf(null)}
          onPrint={() => void printPreviewed(pdf.file)} />
      ) : null}
    </>
  );
}
