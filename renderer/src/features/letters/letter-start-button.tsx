import type { LetterKind } from '../../../../shared/letters/letter-records';
import { LETTER_CREATE_LABELS } from './letter-format';
import { useComplaintLetters } from './use-complaint-letters';
import './letters.css';

/**
 * At a step whose output is a letter: "Buat konsep nota dinas" / "Buat konsep surat
 * jawaban", or "Buka surat" once the draft exists — it opens on the Surat screen.
 */
export function LetterStartButton({ complaintId, kind }: { complaintId: number; kind: LetterKind }) {
  const { letters, current, open, create, busy, failure } = useComplaintLetters(complaintId);
  if (letters === null && !failure) return null;
  const existing = current(kind);
  return (
    <div className="letter-start">
      {existing ? (
        <button type="button" className="button button--small button--primary" onClick={() => open(existing.id)}>
          Buka surat{existing.number ? ` ${existing.number}` : ''}
        </button>
      ) : (
        <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void create(kind)}>
          {busy ? 'Menyiapkan konsep…' : LETTER_CREATE_LABELS[kind]}
        </button>
      )}
      {failure ? <span className="field__error" role="alert">{failure}</span> : null}
    </div>
  );
}
