import { useState } from 'react';
import type { LetterDetail, LetterScan } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice } from '../../components/notice';
import { fileToBlob } from '../../lib/save-file';
import { PdfPreviewDialog } from '../complaints/shared/pdf-preview-dialog';
import { ScanDialog } from '../scanning/scan-dialog';
import '../scanning/scanning.css';
import { formatMoment } from './letter-format';

/**
 * The paper side of a signed letter: scans of the wet-signed copy or of its tanda terima,
 * saved to the letter (and so to its complaint's attachments). A scan arrives here from
 * this panel's "Pindai", or from anywhere else when the letter's QR code is on the page.
 */
export function LetterScansPanel({ letter, onSaved }: { letter: LetterDetail; onSaved(): void }) {
  const { office } = useApp();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState<{ scan: LetterScan; blob: Blob } | null>(null);

  async function open(scan: LetterScan) {
    const r = await call('scanner.documentPdf', { id: scan.id });
    if (!r.ok) return setProblem(r.error.message);
    setShown({ scan, blob: fileToBlob(r.value) });
  }

  return (
    <section className="panel" aria-labelledby="letter-scans-heading">
      <header className="panel__header">
        <h2 id="letter-scans-heading">Pindaian surat ({letter.scans.length})</h2>
        <button type="button" className="button" onClick={() => setScanning(true)}>Pindai surat bertanda tangan</button>
      </header>
      <Notice notice={problem ? { kind: 'error', text: problem } : null} onDismiss={() => setProblem(null)} />
      {letter.scans.length === 0 ? (
        <p className="muted">Belum ada pindaian. Pindai surat yang sudah ditandatangani basah atau tanda terimanya.</p>
      ) : (
        <ul className="letter-scans">
          {letter.scans.map((s) => (
            <li key={s.id}>
              <button type="button" className="link-button" onClick={() => void open(s)}>{s.fileName}</button>
              <span className="cell-sub"> · {s.pageCount} hlm. · {s.via === 'qr' ? 'dikenali dari kode QR' : 'dipindai dari halaman surat'} · {s.createdBy}, {formatMoment(s.createdAt, office.timeZone)}</span>
            </li>
          ))}
        </ul>
      )}
      {scanning ? (
        <ScanDialog target={{ kind: 'surat', letterId: letter.id }} targetLabel={`surat ${letter.number ?? ''}`.trim()}
          onSaved={onSaved} onClose={() => setScanning(false)} />
      ) : null}
      {shown ? <PdfPreviewDialog title={`Pindaian ${shown.scan.fileName}`} fileName={shown.scan.fileName} blob={shown.blob} onClose={() => setShown(null)} /> : null}
    </section>
  );
}
