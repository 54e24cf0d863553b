import type { ConsultationNote } from '../../../../../shared/complaints/complaint';
import { formatDateTime } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import { CaseSection } from './case-section';

/** "Konsultasi": notes of visits asking about progress (seed 000), recorded at the progress desk. */
export function ConsultationsSection({ notes }: { notes: ConsultationNote[] }) {
  const { office } = useApp();
  return (
    <CaseSection id="case-consultations" title={`Konsultasi (${notes.length})`}>
      {notes.length === 0 ? (
        <p className="muted case-note">Belum ada catatan konsultasi. Catatan dibuat di Meja Progres (Alt+4).</p>
      ) : (
        <ul className="case-list" aria-label="Catatan konsultasi">
          {notes.map((n) => (
            <li key={n.id} className="case-consultation">
              <div className="case-text">{n.note}</div>
              <div className="muted">
                {n.createdBy} · {formatDateTime(n.createdAt, office.timeZone)}
                {n.guestVisitId !== null ? ` · kunjungan buku tamu no. ${n.guestVisitId}` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}
