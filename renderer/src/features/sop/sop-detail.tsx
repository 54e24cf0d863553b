import { useEffect, useState } from 'react';
import { SOP_ORIGIN_LABELS, type SopVersion, type SopVersionSummary } from '../../../../shared/sop/sop-records';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import type { NoticeMessage } from '../../components/notice';
import { formatDateTime } from '../../../../shared/time/indonesian-dates';
import { fileToBlob, saveFile } from '../../lib/save-file';
import { PdfPreviewDialog } from '../complaints/shared/pdf-preview-dialog';
import { SopTableView } from './sop-table-view';

interface SopDetailProps {
  version: SopVersion;
  onOpenVersion(id: number): void;
  onEdit(): void;
  onNotice(n: NoticeMessage): void;
}

/** One version of an SOP: its facts, its history, the table, and export and print. */
export function SopDetail({ version, onOpenVersion, onEdit, onNotice }: SopDetailProps) {
  const { office } = useApp();
  const [history, setHistory] = useState<SopVersionSummary[]>([]);
  const [pdf, setPdf] = useState<{ fileName: string; blob: Blob } | null>(null);
  const [busy, setBusy] = useState(false);
  const sop = version.definition;

  useEffect(() => {
    void call('sop.history', { code: version.code }).then((r) => r.ok && setHistory(r.value));
  }, [version.code, version.id]);

  async function exportJson() {
    const r = await call('sop.export', { versionId: version.id });
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    saveFile(r.value);
  }

  async function print() {
    setBusy(true);
    const r = await call('sop.printChart', { versionId: version.id });
    setBusy(false);
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    setPdf({ fileName: r.value.fileName, blob: fileToBlob(r.value) });
  }

  return (
    <section className="panel sop-detail" aria-label="SOP terpilih">
      <header className="panel__header">
        <div>
          <h2>{sop.title}</h2>
          <div className="muted">{sop.agencyLines.join(' · ')}</div>
        </div>
        <div className="panel__tools">
          <label htmlFor="sop-version" className="visually-hidden">Versi</label>
          <select id="sop-version" value={version.id} onChange={(e) => onOpenVersion(Number(e.target.value))}>
            {/* Until the history has loaded (or caught up with a new save), the open version stands alone. */}
            {(history.some((h) => h.id === version.id) ? history : [version]).map((h) => (
              <option key={h.id} value={h.id}>Versi {h.version}{h.id === (history[0]?.id ?? (version.isLatest ? version.id : -1)) ? ' (berlaku)' : ''}</option>
            ))}
          </select>
          <button type="button" className="button" onClick={onEdit} disabled={!version.isLatest} title={version.isLatest ? undefined : 'Hanya versi terbaru yang dapat diubah'}>Ubah SOP</button>
          <button type="button" className="button" onClick={() => void exportJson()}>Ekspor JSON</button>
          <button type="button" className="button" disabled={busy} onClick={() => void print()}>{busy ? 'Menyusun bagan…' : 'Cetak bagan'}</button>
        </div>
      </header>
      <dl className="facts sop-facts">
        <dt>Versi</dt><dd>{version.version}{version.isLatest ? ' · berlaku untuk pengaduan baru' : ' · versi lama'}</dd>
        <dt>Asal</dt><dd>{SOP_ORIGIN_LABELS[version.origin]}{version.changeNote ? ` — ${version.changeNote}` : ''}</dd>
        <dt>Disimpan</dt><dd>{version.createdBy}, {formatDateTime(version.createdAt, office.timeZone)}</dd>
        {sop.sopNumber ? <><dt>Nomor SOP</dt><dd>{sop.sopNumber}</dd></> : null}
        {sop.approvedBy ? <><dt>Disahkan oleh</dt><dd>{sop.approvedBy}</dd></> : null}
      </dl>
      <SopTableView sop={sop} />
      {pdf ? <PdfPreviewDialog title="Bagan SOP" fileName={pdf.fileName} blob={pdf.blob} onClose={() => setPdf(null)} /> : null}
    </section>
  );
}
