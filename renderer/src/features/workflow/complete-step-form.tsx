import { useEffect, useRef, useState } from 'react';
import type { TaskAction } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { ActionError } from './action-error';
import { useWorkflowDraft } from './use-workflow-draft';
import type { RunAction } from './workflow-action';

interface Props {
  complaintId: number;
  action: TaskAction;
  run: RunAction;
  /** Put the cursor in the notes (the tray's S key). */
  autoFocus: boolean;
}

interface Draft {
  notes: string;
  reason: string;
  /** The return answer picked, waiting for its reason. */
  returning: string | null;
}

const EMPTY: Draft = { notes: '', reason: '', returning: null };

/**
 * Finishing a step: its decision's answers as buttons (an answer that sends the matter
 * back asks for the reason first, because the reason travels with the matter), or one
 * "Selesai" button when the step has no decision. Ctrl+Enter finishes a step without one.
 */
export function CompleteStepForm({ complaintId, action, run, autoFocus }: Props) {
  const [draft, setDraft, clear] = useWorkflowDraft<Draft>('selesai', complaintId, action.stepNo, EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const decision = action.decision;
  const returning = decision?.options.find((o) => o.key === draft.returning) ?? null;

  useEffect(() => {
    if (autoFocus) notesRef.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (returning) reasonRef.current?.focus();
  }, [returning]);

  async function submit(optionKey: string | null, isReturn: boolean) {
    if (isReturn && !draft.reason.trim()) {
      setError('Tuliskan alasan pengembalian; alasan ini dibaca oleh yang menerima kembali.');
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const label = decision?.options.find((o) => o.key === optionKey)?.label;
    const failure = await run(
      call('workflow.completeStep', {
        complaintId,
        stepNo: action.stepNo,
        positionId: action.positionId,
        optionKey,
        reason: isReturn ? draft.reason : null,
        notes: draft.notes,
        ...(action.asAdministrator ? { asAdministrator: true } : {}),
      }),
      isReturn ? `Langkah ${action.stepNo} dikembalikan: ${label ?? ''}.` : `Langkah ${action.stepNo} selesai${label ? `: ${label}` : ''}.`,
    );
    setBusy(false);
    setError(failure);
    if (!failure) clear();
  }

  return (
    <div className="wf-form" aria-label={`Selesaikan langkah ${action.stepNo}`} role="group">
      <div className="field">
        <label htmlFor={`wf-notes-${action.stepNo}-${action.positionId ?? 0}`}>Catatan (hasil, nomor surat, keterangan)</label>
        <textarea
          id={`wf-notes-${action.stepNo}-${action.positionId ?? 0}`}
          ref={notesRef}
          rows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.ctrlKey && !decision) {
              e.preventDefault();
              void submit(null, false);
            }
          }}
        />
      </div>
      {decision ? (
        <div className="wf-decision">
          <div className="wf-decision__question">{decision.question}</div>
          <div className="wf-decision__options">
            {decision.options.map((o) => (
              <button
                key={o.key}
                type="button"
                className={`button ${o.isReturn ? 'button--danger' : 'button--primary'}${draft.returning === o.key ? ' wf-chosen' : ''}`}
                disabled={busy}
                onClick={() => (o.isReturn ? setDraft({ ...draft, returning: o.key }) : void submit(o.key, false))}
              >
                {o.label}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void submit(null, false)}>
            {action.onBehalfOfPublic ? 'Catat selesai atas nama pelapor' : 'Selesai dan teruskan'} <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      )}
      {returning ? (
        <div className="wf-return-box">
          <div className="field">
            <label htmlFor={`wf-reason-${action.stepNo}`}>Alasan "{returning.label}" <span className="field__required">*</span></label>
            <textarea
              id={`wf-reason-${action.stepNo}`}
              ref={reasonRef}
              rows={2}
              value={draft.reason}
              onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
            />
          </div>
          <div className="form-actions">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit(returning.key, true)}>
              Kembalikan dengan alasan ini
            </button>
            <button type="button" className="button" onClick={() => setDraft({ ...draft, returning: null })}>Batal</button>
          </div>
        </div>
      ) : null}
      <ActionError message={error} />
    </div>
  );
}
