import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';
import './register.css';

/**
 * A complaint's status as a coloured pill; the colour follows the lifecycle (blue at the
 * start, amber while worked on, green when done, red when refused) and the word is always
 * there, so colour is never the only signal.
 */
export function StatusPill({ status }: { status: ComplaintStatus }) {
  return <span className={`status-pill status-pill--${status}`}>{COMPLAINT_STATUS_LABELS[status]}</span>;
}
