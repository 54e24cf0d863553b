import { useEffect, useState } from 'react';
import { ACCESS_CLASS_LABELS, ARCHIVE_DOCUMENT_KIND_LABELS } from '../../../../shared/archive/archive-enums';
import type { ArchiveEntryDetail } from '../../../../shared/archive/archive-records';
import type { LabelSize } from '../../../../shared/archive/archive-schemas';
import type { FileDownload } from '../../../../shared/contract/file-download';
import type { ScannedDocument } from '../../../../shared/scanning/scanning';
import { formatDateTime, formatDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fileToBlob } from '../../lib/save-file';
import { PdfPreviewDialog } from '../complaints/shared/pdf-preview-dialog';
import { printDocument } from '../printing/print-document';
import { entryLocation, retentionText, STAGE_LABELS } from './archive-format';
import { ScanDialog } from '../scanning/scan-dialog';
import { LendDialog } from './lend-dialog';
import { printArchiveLabels } from './print-archive-labels';

interface Props {
  id: number;
  revision: number;
  onEdit(entry: ArchiveEntryDetail): void;
  /** A loan was recorded or returned: lists elsewhere change. */
  onChanged(): void;
}

const OCR_STATUS: Record<string, string> = { menunggu: 'menunggu OCR', selesai: 'terbaca', gagal: 'OCR gagal' };

/** One archived document: its facts, the scanned pages' OCR, loans, history, and what can be done with it. */
export function ArchiveEntryPanel({ id, revision, onEdit, onChanged }: Props) {
  const { office } = useApp();
  const zone = office.timeZone;
  const [entry, setEntry] = useState<ArchiveEntryDetail | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [labelSize, setLabelSize] = useState<LabelSize>('100x50');
  const [pdf, setPdf] = useState<{ title: string; file: FileDownload; blob: Blob; print(): void } | null>(null);
  const [lending, setLending] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [loaded, setLoaded] = useState(0);

  // Another entry: an earlier message no longer applies. (Not on every revision: OCR
  // finishing a page elsewhere would wipe the message of what the clerk just did here.)
  useEffect(() => setNotice(null), [id]);

  useEffect(() => {
    let live = true;
    void call('archive.get', { id }).then((r) => {
      if (!live) return;
      if (r.ok) setEntry(r.value);
      else setNotice({ kind: 'error', text: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [id, revision, loaded]);

  if (!entry) return <section className="panel archive-entry"><Notice notice={notice} /></section>;
  const openLoan = entry.loans.find((l) => l.returnedAt === null) ?? null;

  async function label(previewed?: FileDownload) {
    const current = entry!;
    const job = { ids: [current.id], size: labelSize, title: `Label arsip ${current.serialNumber}`, reference: current.serialNumber };
    const printed = await printArchiveLabels(job, (file) => setPdf({ title: job.title, file, blob: fileToBlob(file), print: () => void label(file) }), previewed);
    if (!printed.ok) setNotice({ kind: 'error', text: printed.message });
    else if (printed.method !== 'pratinjau') setNotice({ kind: 'success', text: `Label ${current.serialNumber}: ${printed.message}` });
  }
  async function openFile() {
    const current = entry!;
    const r = await call('archive.documentPdf', { id: current.id });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    const file = r.value;
    setPdf({
      title: `Berkas arsip ${current.serialNumber}`, file, blob: fileToBlob(file),
      print: () => void printDocument({
        documentKind: 'lainnya', call: 'archive.documentPdf', input: { id: current.id }, file, viaDialog: true,
        title: `Berkas arsip ${current.serialNumber}`, reference: current.serialNumber,
      }).then((printed) => {
        if (!printed.ok) setNotice({ kind: 'error', text: printed.message });
        else if (printed.method !== 'pratinjau') setNotice({ kind: 'success', text: printed.message });
      }),
    });
  }
  /** The paper-only folder, scanned now: the new scan becomes the entry's file. */
  async function attachScan(doc: ScannedDocument) {
    const r = await call('archive.attachScan', { id: entry!.id, scannedDocumentId: doc.id });
    setScanning(false);
    if (!r.ok) return setNotice({ kind: 'error', text: `${r.error.message} Pindaian tersimpan dan dapat diarsipkan dari "Arsipkan dokumen".` });
    setEntry(r.value);
    setNotice({ kind: 'success', text: `Pindaian ${doc.fileName} menjadi berkas arsip ${r.value.serialNumber}; OCR membacanya di latar belakang.` });
    onChanged();
  }
  async function giveBack() {
    if (!openLoan) return;
    const r = await call('archive.returnLoan', { loanId: openLoan.id });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'success', text: `Berkas dicatat kembali dari ${openLoan.borrowerName}.` });
    setLoaded((n) => n + 1);
    onChanged();
  }

  return (
    <section className="panel archive-entry" aria-label={`Arsip ${entry.serialNumber}`}>
      <header className="panel__header">
        <div>
          <h2 data-testid="archive-serial">{entry.serialNumber}</h2>
          <div className="muted">{ARCHIVE_DOCUMENT_KIND_LABELS[entry.kind]} · {entry.classification.code} {entry.classification.name}</div>
        </div>
        <span className={`access access--${entry.accessClass}`}>{ACCESS_CLASS_LABELS[entry.accessClass]}</span>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <dl className="facts archive-facts">
        <dt>Judul</dt><dd>{entry.title}</dd>
        <dt>Tanggal dokumen</dt><dd>{formatDay(entry.documentDate)}</dd>
        {entry.registerNumber ? (<><dt>Pengaduan</dt><dd>{entry.registerNumber} · {entry.complaintSubject} · {entry.complainantDisplay}</dd></>) : null}
        {entry.letterNumber ? (<><dt>Surat</dt><dd>{entry.letterNumber}</dd></>) : null}
        <dt>Lokasi</dt><dd>{entryLocation(entry)}</dd>
        <dt>Retensi</dt><dd>{retentionText(entry.retention)} <span className="badge">{STAGE_LABELS[entry.retention.stage]}</span></dd>
        {entry.notes ? (<><dt>Keterangan</dt><dd>{entry.notes}</dd></>) : null}
        <dt>Peminjaman</dt>
        <dd>
          {openLoan ? (
            <span className={openLoan.overdue ? 'loan-state loan-state--overdue' : 'loan-state'} data-testid="entry-loan">
              Dipinjam {openLoan.borrowerName} ({openLoan.borrowerUnit}) sampai {formatDay(openLoan.dueBack)}{openLoan.overdue ? ` — terlambat ${openLoan.daysOverdue} hari` : ''}
            </span>
          ) : <span className="muted" data-testid="entry-loan">Ada di tempatnya</span>}
        </dd>
      </dl>
      <div className="form-actions archive-entry__actions">
        <button type="button" className="button" onClick={() => onEdit(entry)}>Ubah</button>
        <label className="archive-label-size">
          <span className="visually-hidden">Ukuran label</span>
          <select value={labelSize} onChange={(e) => setLabelSize(e.target.value as LabelSize)} aria-label="Ukuran label">
            <option value="100x50">Label 100 × 50 mm</option>
            <option value="A4">Lembar label A4</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => void label()}>Cetak label</button>
        {entry.hasFile ? <button type="button" className="button" onClick={() => void openFile()}>Buka berkas</button>
          : <button type="button" className="button" onClick={() => setScanning(true)}>Pindai berkas</button>}
        {openLoan ? <button type="button" className="button" onClick={() => void giveBack()}>Catat kembali</button>
          : <button type="button" className="button" onClick={() => setLending(true)}>Pinjamkan</button>}
      </div>
      {entry.pages.length > 0 ? (
        <details className="archive-pages">
          <summary>Teks pindaian ({entry.pages.filter((p) => p.ocrStatus === 'selesai').length}/{entry.pages.length} halaman terbaca)</summary>
          {entry.pages.map((p) => (
            <div key={p.pageNo} className="archive-page">
              <div className="cell-sub">Halaman {p.pageNo} · {OCR_STATUS[p.ocrStatus] ?? p.ocrStatus}</div>
              {p.text ? <pre className="archive-page__text">{p.text}</pre> : null}
            </div>
          ))}
        </details>
      ) : null}
      <details className="archive-history">
        <summary>Riwayat ({entry.history.length})</summary>
        <ul className="history">
          {entry.history.map((h) => (
            <li key={h.id}><span className="muted">{formatDateTime(h.at, zone)} · {h.actor}</span><div>{h.summary}{h.reason ? ` — ${h.reason}` : ''}</div></li>
          ))}
        </ul>
      </details>
      {scanning ? <ScanDialog target={{ kind: 'arsip' }} onSaved={(doc) => void attachScan(doc)} onClose={() => setScanning(false)} /> : null}
      {lending ? (
        <LendDialog entry={entry} onClose={() => setLending(false)} onLent={(loan) => {
          setLending(false);
          setNotice({ kind: 'success', text: `Dipinjamkan kepada ${loan.borrowerName} sampai ${formatDay(loan.dueBack)}.` });
          setLoaded((n) => n + 1);
          onChanged();
        }} />
      ) : null}
      {pdf ? <PdfPreviewDialog title={pdf.title} fileName={pdf.file.fileName} blob={pdf.blob} onClose={() => setPdf(null)} onPrint={pdf.print} /> : null}
    </section>
  );
}
