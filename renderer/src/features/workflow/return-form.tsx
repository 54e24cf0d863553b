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
  onCancel(): void;
}

/** 'atas': "bukan kewenangan", the matter leaves the office for the level above. */
interface Draft {
  target: number | 'atas' | null;
  reason: string;
}

/**
 * "Kembalikan": send the matter back to a step already done in this run, or — when it is
 * not this office's authority at all — return it to the level above. Both need a reason.
 */
export function ReturnForm({ complaintId, action, run, onCancel }: Props) {
  const first = action.returnTargets.at(-1)?.stepNo ?? 'atas';
  const [draft, setDraft, clear] = useWorkflowDraft<Draft>('kembali', complaintId, action.stepNo, { target: first, reason: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reasonRef.current?.focus(), []);

  async function submit() {
    if (!draft.reason.trim()) {
      setError('Tuliskan alasan pengembalian.');
      return reasonRef.current?.focus();
    }
    if (draft.target === null) return setError('Pilih ke mana pengaduan dikembalikan.');
    setBusy(true);
    const admin = action.asAdministrator ? { asAdministrator: true } : {};
    const failure =
      draft.target === 'atas'
        ? await run(
            call('workflow.returnAbove', { complaintId, stepNo: action.stepNo, positionId: action.positionId, reason: draft.reason, ...admin }),
            'Pengaduan dikembalikan ke tingkat atas karena bukan kewenangan.',
          )
        : await run(
            call('workflow.returnToStep', {
              complaintId,
              stepNo: action.stepNo,
              positionId: action.positionId,
              toStepNo: draft.target,
              reason: draft.reason,
              ...admin,
            }),
            `Pengaduan dikembalikan ke langkah ${draft.target}.`,
          );
    setBusy(false);
    setError(failure);
    if (!failure) clear();
  }

  return (
    <div className="wf-form wf-return-box" role="group" aria-label="Kembalikan pengaduan">
      <fieldset>
        <legend className="wf-legend">Kembalikan ke</legend>
        {action.returnTargets.map((t) => (
          <label key={t.stepNo} className="wf-check">
            <input type="radio" name={`wf-return-${action.stepNo}`} checked={draft.target === t.stepNo} onChange={() => setDraft({ ...draft, target: t.stepNo })} />
            Langkah {t.stepNo}: {t.activity}
          </label>
        ))}
        <label className="wf-check">
          <input type="radio" name={`wf-return-${action.stepNo}`} checked={draft.target === 'atas'} onChange={() => setDraft({ ...draft, target: 'atas' })} />
          Bukan kewenangan kantor ini — kembalikan ke tingkat atas (alur berakhir)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`wf-return-reason-${action.stepNo}`}>Alasan pengembalian <span className="field__required">*</span></label>
        <textarea id={`wf-return-reason-${action.stepNo}`} ref={reasonRef} rows={2} value={draft.reason} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit()}>Kembalikan</button>
        <button type="button" className="button" onClick={onCancel}>Batal</button>
      </div>
      <ActionError message={error} />
    </div>
  );
}
