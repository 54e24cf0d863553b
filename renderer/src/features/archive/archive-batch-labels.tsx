import { useState } from 'react';
import type { ArchiveEntrySummary } from '../../../../shared/archive/archive-records';
import type { FileDownload } from '../../../../shared/contract/file-download';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fileToBlob } from '../../lib/save-file';
import { PdfPreviewDialog } from '../complaints/shared/pdf-preview-dialog';
import { printArchiveLabels } from './print-archive-labels';

/**
 * Labels for every folder in the list on screen at once — a box's worth after filtering by
 * its box number — on A4 sheets of ten, the way an archivist labels a shelf in one go.
 */
export function ArchiveBatchLabels({ rows }: { rows: ArchiveEntrySummary[] }) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [preview, setPreview] = useState<{ file: FileDownload; blob: Blob } | null>(null);
  const [busy, setBusy] = useState(false);
  if (rows.length < 2) return null;
  const job = {
    ids: rows.map((r) => r.id),
    size: 'A4' as const,
    title: `Label ${rows.length} arsip`,
    reference: `${rows.at(-1)!.serialNumber} s.d. ${rows[0]!.serialNumber}`,
  };

  async function print(previewed?: FileDownload) {
    setBusy(true);
    const printed = await printArchiveLabels(job, (file) => setPreview({ file, blob: fileToBlob(file) }), previewed);
    setBusy(false);
    if (!printed.ok) setNotice({ kind: 'error', text: printed.message });
    else if (printed.method !== 'pratinjau') setNotice({ kind: 'success', text: `${rows.length} label: ${printed.message}` });
  }

  return (
    <>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void print()}>
        Cetak label {rows.length} arsip ini (lembar A4)
      </button>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {preview ? (
        <PdfPreviewDialog title={job.title} fileName={preview.file.fileName} blob={preview.blob} onClose={() => setPreview(null)} onPrint={() => void print(preview.file)} />
      ) : null}
    </>
  );
}
