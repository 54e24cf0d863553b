import { useState } from 'react';
import type { SavedScan } from '../../../../shared/scanning/scanning';
import { call } from '../../api/client';
import { Notice } from '../../components/notice';
import { fileToBlob } from '../../lib/save-file';
import { PdfPreviewDialog } from '../complaints/shared/pdf-preview-dialog';

/** After saving: where the document went (the QR link first), and its PDF to look at. */
export function ScanResult({ saved }: { saved: SavedScan }) {
  const [pdf, setPdf] = useState<Blob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const doc = saved.document;
  const [headline, ...rest] = saved.notes;

  async function open() {
    const r = await call('scanner.documentPdf', { id: doc.id });
    if (!r.ok) return setProblem(r.error.message);
    setPdf(fileToBlob(r.value));
  }

  return (
    <div className="scan-result">
      <Notice notice={{ kind: doc.link ? 'success' : 'info', text: headline ?? 'Dokumen tersimpan.' }} />
      {rest.map((note) => <p key={note} className="scan-result__note">{note}</p>)}
      <dl className="facts">
        <dt>Berkas</dt><dd>{doc.fileName}</dd>
        <dt>Halaman</dt><dd>{doc.pageCount}</dd>
        <dt>Ukuran</dt><dd>{(doc.size / 1024).toLocaleString('id-ID', { maximumFractionDigits: 0 })} KB</dd>
        {doc.link ? <><dt>Pengaduan</dt><dd>{doc.link.registerNumber} ({doc.link.trackingCode})</dd></> : null}
      </dl>
      <button type="button" className="button" onClick={() => void open()}>Lihat PDF</button>
      <Notice notice={problem ? { kind: 'error', text: problem } : null} />
      {pdf ? <PdfPreviewDialog title={`Dokumen pindaian: ${doc.fileName}`} fileName={doc.fileName} blob={pdf} onClose={() => setPdf(null)} /> : null}
    </div>
  );
}
