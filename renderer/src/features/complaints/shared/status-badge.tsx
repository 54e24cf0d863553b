import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';
import './complaint-shared.css';

/** A complaint's status as a coloured label: open ones blue, finished green, refused grey. */
export function StatusBadge({ status }: { status: ComplaintStatus }) {
  return <span className={`status-badge status-badge--${status}`}>{COMPLAINT_STATUS_LABELS[status]}</span>;
}
