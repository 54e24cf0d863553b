import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { CHANNEL_LABELS, COMPLAINT_KIND_LABELS, type ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';
import { formatDateTime, formatLongDate } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import type { NoticeMessage } from '../../../components/notice';
import { StatusPill } from '../shared/status-pill';
import { formatTrackingCode } from '../shared/tracking-code';
import { ReceiptButton } from './receipt-button';
import { StatusActions } from './status-actions';

interface Props {
  detail: ComplaintDetail;
  onBack(): void;
  onStatusChanged(detail: ComplaintDetail, to: ComplaintStatus): void;
  onNotice(notice: NoticeMessage): void;
}

/** The top of the case page: which complaint, where it stands, and what can be done next. */
export function CaseHeader({ detail, onBack, onStatusChanged, onNotice }: Props) {
  const { office } = useApp();
  const zone = office.timeZone;
  return (
    <header className="panel case-header">
      <div className="case-header__top">
        <button type="button" className="button button--ghost case-back" onClick={onBack}>← Kembali ke register (Esc)</button>
        <ReceiptButton complaintId={detail.id} registerNumber={detail.registerNumber} trackingCode={formatTrackingCode(detail.trackingCode)} onNotice={onNotice} />
      </div>
      <div className="case-header__title">
        <h2 id="case-heading">Pengaduan {detail.registerNumber}</h2>
        <StatusPill status={detail.status} />
        {detail.overdue ? <span className="case-overdue">Lewat tenggat</span> : null}
      </div>
      <p className="case-header__meta">
        <span>{COMPLAINT_KIND_LABELS[detail.kind]} · {CHANNEL_LABELS[detail.channel]}</span>
        <span>Kode pelacakan <strong className="case-code">{formatTrackingCode(detail.trackingCode)}</strong></span>
        <span title="Nomor urut di sistem; dapat dipakai untuk menautkan">ID {detail.id}</span>
        <span>Diterima {formatDateTime(detail.receivedAt, zone)} oleh {detail.createdBy}</span>
        <span className={detail.overdue ? 'cell--overdue-text' : undefined}>
          {detail.dueAt ? `Tenggat langkah berikut: ${formatLongDate(detail.dueAt, zone)}` : 'Tanpa tenggat'}
        </span>
      </p>
      <StatusActions detail={detail} onChanged={onStatusChanged} />
    </header>
  );
}
