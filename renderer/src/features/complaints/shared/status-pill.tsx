import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';
import './complaint-shared.css';

/**
 * A complaint's status as a coloured pill, the same on every screen; the colour follows
 * the lifecycle and the word is always there, so colour is never the only signal.
 */
export function StatusPill({ status }: { status: ComplaintStatus }) {
  return <span className={`status-pill status-pill--${status}`}>{COMPLAINT_STATUS_LABELS[status]}</span>;
}
