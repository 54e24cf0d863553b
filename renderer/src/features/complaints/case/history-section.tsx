import type { ComplaintHistoryEntry } from '../../../../../shared/complaints/complaint';
import { formatDateTime } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import { CaseSection } from './case-section';

/** Entries a clerk should notice in the list: status changes, merges and identity reveals. */
const MARKED: Record<string, string> = {
  status: 'case-history__item--status',
  diselesaikan_di_loket: 'case-history__item--status',
  digabung_ke: 'case-history__item--merge',
  digabung_dari: 'case-history__item--merge',
  identitas_dibuka: 'case-history__item--reveal',
};

/**
 * "Riwayat": every change in the order it happened — who, when, what, and the reason a
 * status change or a reveal was given. Nothing here can be edited.
 */
export function HistorySection({ history }: { history: ComplaintHistoryEntry[] }) {
  const { office } = useApp();
  return (
    <CaseSection id="case-history" title="Riwayat">
      {history.length === 0 ? (
        <p className="muted case-note">Belum ada riwayat.</p>
      ) : (
        <ol className="history case-history" aria-label="Riwayat pengaduan">
          {history.map((e) => (
            <li key={e.id} className={`case-history__item ${MARKED[e.action] ?? ''}`}>
              <div className="history__head"><strong>{e.summary}</strong></div>
              <div className="muted">{e.actor} · {formatDateTime(e.at, office.timeZone)}</div>
              {e.reason ? <div className="case-history__reason">Alasan: {e.reason}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
