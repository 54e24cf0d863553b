import { useState } from 'react';
import { call } from '../../../api/client';
import type { NoticeMessage } from '../../../components/notice';
import { fileToBlob } from '../../../lib/save-file';
import { PdfPreviewDialog } from '../shared/pdf-preview-dialog';

/** "Cetak tanda terima": the receipt PDF (complaints.receipt), previewed, then printed or saved. */
export function ReceiptButton({ complaintId, onNotice }: { complaintId: number; onNotice(n: NoticeMessage): void }) {
  const [busy, setBusy] = useState(false);
  const [pdf, setPdf] = useState<{ fileName: string; blob: Blob } | null>(null);

  async function make() {
    setBusy(true);
    const r = await call('complaints.receipt', { id: complaintId });
    setBusy(false);
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    setPdf({ fileName: r.value.fileName, blob: fileToBlob(r.value) });
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void make()}>
        {busy ? 'Menyusun tanda terima…' : 'Cetak tanda terima'}
      </button>
      {pdf ? <PdfPreviewDialog title="Tanda terima pengaduan" fileName={pdf.fileName} blob={pdf.blob} onClose={() => setPdf(null)} /> : null}
    </>
  );
}
