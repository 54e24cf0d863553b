import { useEffect, useState } from 'react';
import { LETTER_KIND_LABELS, LETTER_KINDS, LETTER_STATE_LABELS, type LetterKind } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { CaseSection } from '../complaints/case/case-section';
import { LETTER_CREATE_LABELS, STATE_TONE } from './letter-format';
import { useComplaintLetters } from './use-complaint-letters';
import './letters.css';

/**
 * The case page's letters: each nota dinas and surat jawaban of the complaint with its
 * state and number, opened on the Surat screen; and, when the user's current SOP step
 * produces a letter, the button that drafts it.
 */
export function CaseLettersSection({ complaintId }: { complaintId: number }) {
  const { letters, current, open, create, busy, failure } = useComplaintLetters(complaintId);
  const [kinds, setKinds] = useState<LetterKind[]>([]);

  useEffect(() => {
    let alive = true;
    void call('workflow.case', { complaintId }).then((r) => {
      if (!alive || !r.ok) return;
      setKinds(LETTER_KINDS.filter((k) => r.value.actions.some((a) => a.outputKind === k)));
    });
    return () => {
      alive = false;
    };
  }, [complaintId]);

  const creatable = kinds.filter((k) => !current(k));
  if (!letters || (letters.length === 0 && creatable.length === 0)) return null;
  return (
    <CaseSection
      id="case-letters"
      title="Surat"
      actions={creatable.map((k) => (
        <button key={k} type="button" className="button button--small button--primary" disabled={busy} onClick={() => void create(k)}>
          {LETTER_CREATE_LABELS[k]}
        </button>
      ))}
    >
      {failure ? <p className="field__error" role="alert">{failure}</p> : null}
      {letters.length === 0 ? (
        <p className="muted">Belum ada surat untuk pengaduan ini.</p>
      ) : (
        <ul className="wf-records case-letters">
          {letters.map((l) => (
            <li key={l.id}>
              <span>
                <strong>{LETTER_KIND_LABELS[l.kind]}</strong> {l.number ?? <span className="muted">(belum bernomor)</span>}
                <div className="cell-sub">{l.subject}</div>
              </span>
              <span className="case-letters__tools">
                <span className={`letter-state letter-state--${STATE_TONE[l.state]}`}>{LETTER_STATE_LABELS[l.state]}</span>
                <button type="button" className="button button--small" onClick={() => open(l.id)}>Buka surat</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}
