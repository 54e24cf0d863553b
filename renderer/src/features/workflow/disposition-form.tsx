import { useEffect, useRef, useState } from 'react';
import type { OfficeTimeZone } from '../../../../shared/office/time-zones';
import { officeDayOf } from '../../../../shared/time/indonesian-dates';
import {
  DISPOSITION_INSTRUCTION_LABELS,
  DISPOSITION_INSTRUCTIONS,
  DISPOSITION_URGENCIES,
  DISPOSITION_URGENCY_LABELS,
  type DispositionInstruction,
  type DispositionUrgency,
} from '../../../../shared/workflow/disposition-fields';
import type { TaskAction } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { ActionError } from './action-error';
import { useWorkflowDraft } from './use-workflow-draft';
import type { RunAction } from './workflow-action';
import { formatDueAt, urgencyDeadline } from './workflow-format';

interface Props {
  complaintId: number;
  action: TaskAction;
  run: RunAction;
  autoFocus: boolean;
  /** Print an empty slip (for a handwritten one) or the one just sent. */
  onPrintBlank(): void;
}

interface Draft {
  urgency: DispositionUrgency;
  instructions: DispositionInstruction[];
  otherInstruction: string;
  recipients: number[];
  /** '' = follows sifat or the standard time; a day typed by the leader replaces it. */
  deadlineDay: string;
  note: string;
  optionKey: string | null;
}

/** What the deadline is when the leader writes none: said in words beside the date field. */
function deadlineHint(urgency: DispositionUrgency, now: Date, zone: OfficeTimeZone): string {
  const due = urgencyDeadline(urgency, now);
  if (!due) return `Sifat ${DISPOSITION_URGENCY_LABELS[urgency]}: mengikuti waktu baku langkah penerima.`;
  // Sifat only shortens (engine rule): a step whose standard time is shorter keeps it.
  return `Sifat ${DISPOSITION_URGENCY_LABELS[urgency]}: paling lambat ${formatDueAt(due.toISOString(), zone)}, atau waktu baku langkah penerima bila lebih singkat.`;
}

/**
 * The lembar disposisi as a form: sifat, the "Dengan hormat harap" ticks with a free line,
 * one or more recipients, the deadline (from sifat unless the leader writes a day) and the
 * note. Ctrl+Enter sends it.
 */
export function DispositionForm({ complaintId, action, run, autoFocus, onPrintBlank }: Props) {
  const { office, now } = useApp();
  const zone = office.timeZone;
  const single = action.dispositionRecipients.length === 1 ? [action.dispositionRecipients[0]!.positionId] : [];
  const onward = action.decision?.options.filter((o) => !o.isReturn && o.goTo !== null) ?? [];
  const [draft, setDraft, clear] = useWorkflowDraft<Draft>('disposisi', complaintId, action.stepNo, {
    urgency: 'biasa',
    instructions: [],
    otherInstruction: '',
    recipients: single,
    deadlineDay: '',
    note: '',
    optionKey: onward[0]?.key ?? null,
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const today = officeDayOf(now(), zone);

  useEffect(() => {
    if (autoFocus) firstRef.current?.focus();
  }, [autoFocus]);

  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function submit() {
    if (draft.recipients.length === 0) return setError('Pilih paling sedikit satu penerima disposisi.');
    setBusy(true);
    const names = action.dispositionRecipients.filter((r) => draft.recipients.includes(r.positionId)).map((r) => r.shortTitle || r.title);
    const failure = await run(
      call('workflow.dispose', {
        complaintId,
        stepNo: action.stepNo,
        positionId: action.positionId,
        optionKey: draft.optionKey,
        recipients: draft.recipients,
        urgency: draft.urgency,
        deadlineDay: draft.deadlineDay || null,
        instructions: draft.instructions,
        otherInstruction: draft.otherInstruction,
        note: draft.note,
        ...(action.asAdministrator ? { asAdministrator: true } : {}),
      }),
      `Disposisi dikirim kepada ${names.join(', ')}.`,
    );
    setBusy(false);
    setError(failure);
    if (!failure) clear();
  }

  const id = (name: string) => `wf-dispo-${name}-${action.stepNo}`;
  return (
    <div
      className="wf-form wf-dispo"
      role="group"
      aria-label="Lembar disposisi"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.ctrlKey) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <fieldset className="wf-dispo__urgency">
        <legend className="wf-legend">Sifat</legend>
        {DISPOSITION_URGENCIES.map((u, i) => (
          <label key={u} className="wf-check">
            <input ref={i === 0 ? firstRef : undefined} type="radio" name={id('sifat')} checked={draft.urgency === u} onChange={() => setDraft({ ...draft, urgency: u })} />
            {DISPOSITION_URGENCY_LABELS[u]}
          </label>
        ))}
      </fieldset>
      <div className="wf-dispo__columns">
        <fieldset>
          <legend className="wf-legend">Diteruskan kepada <span className="field__required">*</span></legend>
          {action.dispositionRecipients.length === 0 ? (
            <p className="org-vacant">Belum ada jabatan untuk pelaksana langkah berikutnya. Petakan pelaksana SOP terlebih dahulu.</p>
          ) : (
            action.dispositionRecipients.map((r) => (
              <label key={r.positionId} className="wf-check">
                <input
                  type="checkbox"
                  checked={draft.recipients.includes(r.positionId)}
                  onChange={() => setDraft({ ...draft, recipients: toggle(draft.recipients, r.positionId) })}
                />
                <span>
                  {r.shortTitle || r.title}
                  <span className="cell-sub"> — {r.holderName ?? 'kosong'}</span>
                </span>
              </label>
            ))
          )}
        </fieldset>
        <fieldset>
          <legend className="wf-legend">Dengan hormat harap</legend>
          {DISPOSITION_INSTRUCTIONS.map((ins) => (
            <label key={ins} className="wf-check">
              <input type="checkbox" checked={draft.instructions.includes(ins)} onChange={() => setDraft({ ...draft, instructions: toggle(draft.instructions, ins) })} />
              {DISPOSITION_INSTRUCTION_LABELS[ins]}
            </label>
          ))}
          <label htmlFor={id('lain')} className="visually-hidden">Petunjuk lain</label>
          <input
            id={id('lain')}
            className="wf-input"
            placeholder="Petunjuk lain…"
            value={draft.otherInstruction}
            onChange={(e) => setDraft({ ...draft, otherInstruction: e.target.value })}
          />
        </fieldset>
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={id('batas')}>Batas waktu</label>
          <input id={id('batas')} type="date" min={today} value={draft.deadlineDay} onChange={(e) => setDraft({ ...draft, deadlineDay: e.target.value })} />
          <div className="field__hint" data-testid="disposition-deadline-hint">
            {draft.deadlineDay ? 'Sampai akhir jam kerja hari itu (menggantikan sifat).' : deadlineHint(draft.urgency, now(), zone)}
          </div>
        </div>
        {onward.length > 1 ? (
          <div className="field">
            <label htmlFor={id('keputusan')}>{action.decision?.question}</label>
            <select id={id('keputusan')} value={draft.optionKey ?? ''} onChange={(e) => setDraft({ ...draft, optionKey: e.target.value })}>
              {onward.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
            </select>
          </div>
        ) : null}
        <div className="field field--wide">
          <label htmlFor={id('catatan')}>Catatan</label>
          <textarea id={id('catatan')} rows={2} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void submit()}>
          Kirim disposisi <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button" onClick={onPrintBlank}>Cetak blanko lembar disposisi</button>
      </div>
      <ActionError message={error} />
    </div>
  );
}
