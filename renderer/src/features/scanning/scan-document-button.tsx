import { useState } from 'react';
import type { ScannedDocument } from '../../../../shared/scanning/scanning';
import { ScanDialog } from './scan-dialog';
import './scanning.css';

/** "Pindai dokumen" on a case: scans straight into the complaint's attachments. */
export function ScanDocumentButton({ complaintId, label, onSaved }: { complaintId: number; label: string; onSaved(doc: ScannedDocument): void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="scan-case-action">
      <span className="muted">Surat balasan, tanda terima bertanda tangan, atau berkas dari pelapor</span>
      <button type="button" className="button" onClick={() => setOpen(true)}>Pindai dokumen</button>
      {open ? (
        <ScanDialog target={{ kind: 'pengaduan', complaintId }} targetLabel={label} onSaved={onSaved} onClose={() => setOpen(false)} />
      ) : null}
    </div>
  );
}
