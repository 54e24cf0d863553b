import { useCallback, useRef, useState } from 'react';
import type { SavedScan, SaveTarget, ScannedDocument } from '../../../../shared/scanning/scanning';
import { Modal } from '../../components/modal';
import { Notice } from '../../components/notice';
import { HotFolderBatch } from './hot-folder-batch';
import { PageGrid } from './page-grid';
import { ScanProgress } from './scan-progress';
import { ScanResult } from './scan-result';
import { ScannerOptions, type ScanChoice } from './scanner-options';
import { useScanSession } from './use-scan-session';
import './scanning.css';

export interface ScanDialogProps {
  /** Where the document goes: a complaint (its case lists it), or the archive (a QR code may still link it). */
  target?: SaveTarget;
  /** What the target is called in the dialog ("pengaduan 001/ADU/…"). */
  targetLabel?: string;
  onSaved(doc: ScannedDocument): void;
  onClose(): void;
}

const IMPORT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

/**
 * "Pindai dokumen": choose the scanner and press Pindai (again for more pages), import files or
 * take a copier's batch from the folder, put the pages in order, turn or delete them, and save
 * them as one PDF. A QR code of the app on a page links the document to its complaint.
 */
export function ScanDialog({ target = { kind: 'arsip' }, targetLabel, onSaved, onClose }: ScanDialogProps) {
  const scan = useScanSession();
  const [choice, setChoice] = useState<ScanChoice | null>(null);
  const [fileName, setFileName] = useState('');
  const [saved, setSaved] = useState<SavedScan | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const onChoice = useCallback((c: ScanChoice | null) => setChoice(c), []);

  const job = scan.job;
  const scanning = job?.state === 'memindai';
  const pages = job?.pages ?? [];
  const blocked = scanning || scan.busy !== null;

  function close() {
    if (pages.length > 0 && !saved) return setConfirmClose(true);
    void scan.discard();
    onClose();
  }

  async function save() {
    const result = await scan.save(target, fileName.trim());
    if (!result) return;
    setSaved(result);
    onSaved(result.document);
  }

  const title = target.kind === 'arsip' ? 'Pindai dokumen untuk arsip' : `Pindai dokumen${targetLabel ? ` untuk ${targetLabel}` : ''}`;
  const saveLabel = target.kind === 'pengaduan' ? 'Simpan ke pengaduan' : target.kind === 'surat' ? 'Simpan ke surat' : 'Simpan';
  const footer = saved ? (
    <div className="form-actions"><button type="button" className="button button--primary" onClick={onClose}>Selesai</button></div>
  ) : confirmClose ? (
    <div className="form-actions scan-confirm" role="alert">
      <span>{pages.length} halaman belum disimpan akan dibuang.</span>
      <button type="button" className="button button--danger" onClick={() => { void scan.discard(); onClose(); }}>Buang dan tutup</button>
      <button type="button" className="button" onClick={() => setConfirmClose(false)}>Kembali</button>
    </div>
  ) : (
    <div className="form-actions scan-footer">
      <label className="scan-footer__name">
        Nama berkas
        <input value={fileName} onChange={(e) => setFileName(e.target.value)} maxLength={120} placeholder="otomatis dari tanggal" />
      </label>
      <button type="button" className="button button--primary" disabled={blocked || pages.length === 0} onClick={() => void save()}>
        {scan.busy === 'Menyusun PDF dan menyimpan…' ? 'Menyimpan…' : `${saveLabel} (${pages.length} hlm.)`}
      </button>
      <button type="button" className="button" onClick={close}>Tutup</button>
    </div>
  );

  return (
    <Modal title={title} onClose={close} wide footer={footer}>
      {saved ? (
        <ScanResult saved={saved} />
      ) : (
        <div className="scan-dialog">
          <div className="scan-dialog__side">
            <ScannerOptions disabled={blocked} onChange={onChoice} />
            {scanning && job ? (
              <ScanProgress job={job} maxPages={choice?.source === 'adf' ? choice.maxPages : 1} cancelling={scan.busy === 'Membatalkan…'} onCancel={() => void scan.cancel()} />
            ) : (
              <div className="scan-dialog__actions">
                <button type="button" className="button button--primary" disabled={blocked || !choice} onClick={() => choice && void scan.start(choice)}>
                  {pages.length > 0 ? 'Pindai lagi' : 'Pindai'}
                </button>
                <button type="button" className="button" disabled={blocked} onClick={() => fileInput.current?.click()}>Impor berkas…</button>
                <input ref={fileInput} type="file" multiple accept={IMPORT_ACCEPT} className="visually-hidden" aria-label="Impor berkas" tabIndex={-1}
                  onChange={(e) => {
                    const files = [...(e.target.files ?? [])];
                    e.target.value = '';
                    if (files.length > 0) void scan.importFiles(files);
                  }} />
              </div>
            )}
            <HotFolderBatch disabled={blocked} onTake={(names) => scan.takeHotFolder(names)} />
            <p className="field__hint">PDF, JPEG, PNG atau TIFF dapat diimpor sebagai halaman. Halaman: ←/→ pindah, Ctrl+←/→ geser, R putar, Delete hapus.</p>
          </div>
          <div className="scan-dialog__main">
            {scan.busy && !scanning ? <p className="muted" role="status">{scan.busy}</p> : null}
            <Notice notice={scan.error ? { kind: 'error', text: scan.error } : null} onDismiss={scan.clearError} />
            {job?.message && !scanning ? <Notice notice={job.message.kind === 'error' ? { kind: 'error', text: job.message.text } : { kind: 'info', text: job.message.text }} /> : null}
            {job?.qrLink ? <Notice notice={{ kind: 'success', text: `${job.qrLink.text}.` }} /> : null}
            <PageGrid pages={pages} disabled={blocked} onEdit={(next) => void scan.edit(next)} />
          </div>
        </div>
      )}
    </Modal>
  );
}
