import { useEffect, useRef, useState } from 'react';
import type { ScannedDocumentChoice } from '../../../../shared/archive/archive-records';
import type { ScannedDocument } from '../../../../shared/scanning/scanning';
import { formatDateTime } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Modal } from '../../components/modal';
import { Notice } from '../../components/notice';
import { useInitialFocus } from '../complaints/shared/use-initial-focus';
import { ScanDialog } from '../scanning/scan-dialog';
import type { FilingSource } from './archive-entry-form';

const pages = (n: number) => `${n} halaman`;

/** A scan just saved by the scan dialog, as something to file. */
export function filingFromScan(doc: ScannedDocument): FilingSource {
  const link = doc.link;
  return {
    source: { kind: 'pindaian', scannedDocumentId: doc.id },
    label: `Dokumen pindaian: ${doc.fileName} (${pages(doc.pageCount)})`,
    complaint: link ? { id: link.complaintId, registerNumber: link.registerNumber, subject: link.complaintSubject } : null,
    kind: link?.kind === 'surat' ? 'surat_jawaban_terpindai' : undefined,
    // A signed letter's QR code says which letter this is: its number names it, its date dates it.
    ...(link?.letter ? { title: `Surat jawaban ${link.letter.number}`, documentDate: link.letter.date ?? undefined } : {}),
  };
}

function filingFromChoice(d: ScannedDocumentChoice): FilingSource {
  return {
    source: { kind: 'pindaian', scannedDocumentId: d.id },
    label: `Dokumen pindaian: ${d.fileName} (${pages(d.pageCount)})`,
    complaint: d.complaintId ? { id: d.complaintId, registerNumber: d.registerNumber ?? '', subject: d.complaintSubject ?? '' } : null,
  };
}

const PAPER_ONLY: FilingSource = { source: { kind: 'fisik' }, label: 'Berkas fisik saja, tanpa salinan elektronik.', complaint: null };

/**
 * "Arsipkan dokumen", step one: what is filed — a new scan ("Pindai"), a scan saved
 * earlier that is not in the archive yet, or a paper file with no electronic copy.
 */
export function ArchiveSourceDialog({ onChosen, onClose, startScanning = false }: { onChosen(f: FilingSource): void; onClose(): void; startScanning?: boolean }) {
  const { office } = useApp();
  const [scans, setScans] = useState<ScannedDocumentChoice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(startScanning);
  const first = useRef<HTMLButtonElement>(null);
  useInitialFocus(first);

  useEffect(() => {
    void call('archive.unfiledScans', { limit: 30 }).then((r) => (r.ok ? setScans(r.value) : setError(r.error.message)));
  }, []);

  if (scanning) {
    return <ScanDialog target={{ kind: 'arsip' }} onSaved={(doc) => onChosen(filingFromScan(doc))} onClose={() => (startScanning ? onClose() : setScanning(false))} />;
  }
  return (
    <Modal title="Arsipkan dokumen" onClose={onClose} wide>
      <div className="archive-source">
        <div className="form-actions archive-source__actions">
          <button type="button" ref={first} className="button button--primary" onClick={() => setScanning(true)}>Pindai dokumen baru…</button>
          <button type="button" className="button" onClick={() => onChosen(PAPER_ONLY)}>Berkas fisik saja</button>
        </div>
        <h3>Pindaian yang belum diarsipkan</h3>
        <Notice notice={error ? { kind: 'error', text: error } : null} />
        {scans === null ? <p className="muted">Memuat…</p> : scans.length === 0 ? <p className="empty">Semua pindaian sudah diarsipkan.</p> : (
          <ul className="archive-source__list">
            {scans.map((d) => (
              <li key={d.id}>
                <button type="button" className="archive-source__scan" onClick={() => onChosen(filingFromChoice(d))}>
                  <strong>{d.fileName}</strong> · {pages(d.pageCount)} · {formatDateTime(d.createdAt, office.timeZone)}
                  <span className="cell-sub">
                    {d.registerNumber ? `Pengaduan ${d.registerNumber}` : 'Belum terkait pengaduan'} · OCR {d.ocrDone}/{d.pageCount} halaman
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}
