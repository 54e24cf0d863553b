import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';

/** A complaint's status as a coloured pill, the same words the register uses. */
export function StatusPill({ status }: { status: ComplaintStatus }) {
  return <span className={`pd-pill pd-pill--${status}`}>{COMPLAINT_STATUS_LABELS[status]}</span>;
}
