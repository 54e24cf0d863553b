import { useCallback, useEffect, useState } from 'react';
import type { ArchiveClassification, ArchiveEntryDetail } from '../../../../shared/archive/archive-records';
import { call } from '../../api/client';
import { useNavigation } from '../../app/navigation';
import { Notice, type NoticeMessage } from '../../components/notice';
import { ArchiveClassificationsPanel } from './archive-classifications-panel';
import { ArchiveEntryForm, type FilingSource } from './archive-entry-form';
import { ArchiveEntryPanel } from './archive-entry-panel';
import { ArchiveLoansPanel } from './archive-loans-panel';
import { ArchiveRetentionPanel } from './archive-retention-panel';
import { ArchiveSearchPanel } from './archive-search-panel';
import { ArchiveSourceDialog } from './archive-source-dialog';
import { OcrProgressIndicator } from './ocr-progress-indicator';
import './archive.css';

type Tab = 'cari' | 'peminjaman' | 'retensi' | 'klasifikasi';
const TABS: { id: Tab; label: string }[] = [
  { id: 'cari', label: 'Cari arsip' },
  { id: 'peminjaman', label: 'Peminjaman' },
  { id: 'retensi', label: 'Retensi' },
  { id: 'klasifikasi', label: 'Klasifikasi' },
];

type Dialog =
  | { kind: 'source'; scanning: boolean }
  | { kind: 'file'; filing: FilingSource }
  | { kind: 'edit'; entry: ArchiveEntryDetail }
  | null;

/**
 * "Arsip" (Alt+A): the archivist's desk. Scan a signed reply or pick a scan saved earlier,
 * file it with a classification and a place on the shelf, print the folder's label, find
 * it again by any word — also one inside the scan — lend the folder and take it back, and
 * see which files are due for their final disposition.
 */
export function ArchiveScreen() {
  const [tab, setTab] = useState<Tab>('cari');
  const [classifications, setClassifications] = useState<ArchiveClassification[]>([]);
  // Opened from a letter or a complaint ("Diarsipkan: …"): straight on that entry.
  const { params } = useNavigation();
  const [selectedId, setSelectedId] = useState<number | null>(params.archiveEntryId ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // Bumped after any change, and when OCR has read new pages: lists ask again.
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((n) => n + 1), []);

  const loadClassifications = useCallback(async () => {
    const r = await call('archive.classifications', {});
    if (r.ok) setClassifications(r.value);
    else setNotice({ kind: 'error', text: r.error.message });
  }, []);
  useEffect(() => {
    void loadClassifications();
  }, [loadClassifications]);

  function filed(entry: ArchiveEntryDetail, verb: string) {
    setDialog(null);
    setSelectedId(entry.id);
    setNotice({ kind: 'success', text: `${verb} dengan nomor ${entry.serialNumber}.` });
    changed();
  }

  return (
    <div className="archive">
      <section className="panel archive__head">
        <header className="panel__header">
          <h2>Arsip</h2>
          <div className="panel__tools">
            <OcrProgressIndicator onIdle={changed} revision={revision} />
            <button type="button" className="button" onClick={() => setDialog({ kind: 'source', scanning: true })}>Pindai</button>
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'source', scanning: false })}>Arsipkan dokumen</button>
          </div>
        </header>
        <nav className="archive__tabs" role="tablist" aria-label="Bagian arsip">
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={t.id === tab} className={`archive__tab${t.id === tab ? ' archive__tab--active' : ''}`} onClick={() => { setTab(t.id); setNotice(null); }}>
              {t.label}
            </button>
          ))}
        </nav>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
      </section>
      <div className={`archive__body${selectedId && tab !== 'klasifikasi' ? ' archive__body--split' : ''}`}>
        <div className="archive__main">
          {tab === 'cari' ? <ArchiveSearchPanel classifications={classifications} selectedId={selectedId} onOpen={(e) => setSelectedId(e.id)} revision={revision} /> : null}
          {tab === 'peminjaman' ? <ArchiveLoansPanel revision={revision} onOpen={setSelectedId} onChanged={changed} /> : null}
          {tab === 'retensi' ? <ArchiveRetentionPanel revision={revision} selectedId={selectedId} onOpen={(e) => setSelectedId(e.id)} /> : null}
          {tab === 'klasifikasi' ? <ArchiveClassificationsPanel classifications={classifications} onSaved={() => void loadClassifications()} /> : null}
        </div>
        {selectedId && tab !== 'klasifikasi' ? (
          <ArchiveEntryPanel id={selectedId} revision={revision} onEdit={(entry) => setDialog({ kind: 'edit', entry })} onChanged={changed} />
        ) : null}
      </div>
      {dialog?.kind === 'source' ? (
        <ArchiveSourceDialog startScanning={dialog.scanning} onClose={() => setDialog(null)} onChosen={(filing) => setDialog({ kind: 'file', filing })} />
      ) : null}
      {dialog?.kind === 'file' ? (
        <ArchiveEntryForm mode="file" filing={dialog.filing} classifications={classifications} onClose={() => setDialog(null)} onDone={(e) => filed(e, 'Diarsipkan')} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <ArchiveEntryForm mode="edit" entry={dialog.entry} classifications={classifications} onClose={() => setDialog(null)} onDone={(e) => filed(e, 'Perubahan arsip tersimpan')} />
      ) : null}
    </div>
  );
}
