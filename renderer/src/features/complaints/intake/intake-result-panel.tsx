import { useEffect, useRef, useState } from 'react';
import { CHANNEL_LABELS, COMPLAINT_KIND_LABELS, PRIVACY_LABELS } from '../../../../../shared/complaints/complaint-enums';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { STATUS_GUIDANCE } from '../../../../../shared/complaints/status-guidance';
import { formatDateTime, formatLongDate } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { fileToBlob } from '../../../lib/save-file';
import { PdfPreviewDialog } from '../shared/pdf-preview-dialog';
import { printDocument, type PrintRequest } from '../../printing/print-document';
import type { FileDownload } from '../../../../../shared/contract/file-download';
import { StatusPill } from '../shared/status-pill';
import { formatTrackingCode } from '../../../../../shared/numbering/tracking-code';

interface Props {
  complaint: ComplaintDetail;
  onOpenInRegister(): void;
  onNext(): void;
}

/**
 * What the clerk tells the complainant once the complaint is in the register: its number,
 * the tracking code to quote when asking about it (large, so it can be read out), and the
 * receipt to hand over — one button away.
 */
export function IntakeResultPanel({ complaint, onOpenInRegister, onNext }: Props) {
  const { office } = useApp();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [receipt, setReceipt] = useState<{ file: FileDownload; blob: Blob } | null>(null);
  const [busy, setBusy] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => printButton.current?.focus(), []);

  const settled = complaint.settledAtCounter;
  const headline = settled
    ? 'Pengaduan lisan tercatat dan langsung ditutup: sudah dijawab di loket.'
    : 'Pengaduan tercatat di register.';

  // Printed as the office set receipts up: straight to the counter's printer, or previewed first.
  const request: PrintRequest<'complaints.receipt'> = {
    documentKind: 'tanda-terima', call: 'complaints.receipt', input: { id: complaint.id },
    title: `Tanda terima ${complaint.registerNumber}`, reference: formatTrackingCode(complaint.trackingCode),
  };

  async function printReceipt() {
    setBusy(true);
    setNotice(null);
    const outcome = await printDocument({ ...request, preview: (file) => setReceipt({ file, blob: fileToBlob(file) }) });
    setBusy(false);
    if (!outcome.ok) setNotice({ kind: 'error', text: outcome.message });
  }

  async function printPreviewed(file: FileDownload) {
    const outcome = await printDocument({ ...request, file, viaDialog: true });
    if (!outcome.ok) setNotice({ kind: 'error', text: outcome.message });
  }

  return (
    <section className="panel intake-result" aria-labelledby="intake-result-title">
      <div className="notice notice--success intake-result__headline" role="status">
        <span id="intake-result-title">{headline}</span>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <div className="intake-result__codes">
        <div>
          <div className="intake-result__label">Kode pelacakan</div>
          <div className="tracking-code" data-testid="tracking-code">{formatTrackingCode(complaint.trackingCode)}</div>
          <div className="field__hint">Sampaikan kepada pelapor: kode ini dipakai untuk menanyakan perkembangan aduan.</div>
        </div>
        <dl className="facts intake-result__facts">
          <dt>Nomor register</dt>
          <dd data-testid="register-number">{complaint.registerNumber}</dd>
          <dt>Status</dt>
          <dd><StatusPill status={complaint.status} /></dd>
          {complaint.dueAt ? (
            <>
              <dt>Langkah berikutnya</dt>
              <dd>{STATUS_GUIDANCE[complaint.status].nextStep}, paling lambat {formatLongDate(complaint.dueAt, office.timeZone)}</dd>
            </>
          ) : null}
          <dt>Diterima</dt>
          <dd>{formatDateTime(complaint.receivedAt, office.timeZone)}</dd>
          <dt>Saluran</dt>
          <dd>{CHANNEL_LABELS[complaint.channel]} · {COMPLAINT_KIND_LABELS[complaint.kind]}</dd>
          <dt>Pelapor</dt>
          <dd>{complaint.complainantDisplay}{complaint.privacy !== 'biasa' ? ` · ${PRIVACY_LABELS[complaint.privacy]}` : ''}</dd>
          <dt>Pokok aduan</dt>
          <dd>{complaint.subject}</dd>
          {complaint.attachments.length > 0 ? (
            <>
              <dt>Lampiran</dt>
              <dd>{complaint.attachments.length} berkas</dd>
            </>
          ) : null}
        </dl>
      </div>
      <div className="form-actions">
        <button type="button" ref={printButton} className="button button--primary" onClick={printReceipt} disabled={busy}>
          {busy ? 'Menyusun tanda terima…' : 'Cetak tanda terima'}
        </button>
        <button type="button" className="button" onClick={onOpenInRegister}>Buka di register</button>
        <button type="button" className="button" onClick={onNext}>Pengaduan baru</button>
      </div>
      {receipt ? (
        <PdfPreviewDialog title="Tanda terima pengaduan" fileName={receipt.file.fileName} blob={receipt.blob} onClose={() => setReceipt(null)}
          onPrint={() => void printPreviewed(receipt.file)} />
      ) : null}
    </section>
  );
}
