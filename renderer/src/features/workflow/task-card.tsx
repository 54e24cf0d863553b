import { useState } from 'react';
import type { CaseWorkflow, TaskAction, TeamRecord } from '../../../../shared/workflow/tray';
import { useApp } from '../../app/app-context';
import { CompleteStepForm } from './complete-step-form';
import { DispositionForm } from './disposition-form';
import { ReturnForm } from './return-form';
import { TeamForm } from './team-form';
import { TelaahForm } from './telaah-form';
import { TRAY_KEYS } from './tray-table';
import type { RunAction } from './workflow-action';
import { formatDueAt, lateText } from './workflow-format';

export type PanelMode = 'none' | 'finish' | 'dispose' | 'return';

interface Props {
  workflow: CaseWorkflow;
  action: TaskAction;
  mode: PanelMode;
  run: RunAction;
  onRecordSaved(text: string): void;
  onPrintBlankDisposition(): void;
  onPrintTeam(team: TeamRecord): void;
}

/**
 * One step waiting for the signed-in user: what to do (activity, kelengkapan, output,
 * standard time, due) and the form that finishes it — the lembar disposisi for a
 * disposition step, telaah or SK Tim where the step produces one, and "Kembalikan".
 */
export function TaskCard({ workflow, action, mode, run, onRecordSaved, onPrintBlankDisposition, onPrintTeam }: Props) {
  const { office, now } = useApp();
  const zone = office.timeZone;
  const [returning, setReturning] = useState(mode === 'return');
  const step = workflow.steps.find((s) => s.no === action.stepNo);
  const late = lateText(action.overdue, action.lateWorkingMinutes, action.dueAt, now());
  const telaah = workflow.telaah.filter((t) => t.stepNo === action.stepNo).at(-1) ?? null;
  const team = workflow.teams.filter((t) => t.stepNo === action.stepNo).at(-1) ?? null;
  const complaintId = workflow.complaintId;

  return (
    <article className={`wf-task${action.overdue ? ' wf-task--late' : ''}`} aria-label={`Langkah ${action.stepNo}`}>
      <header className="wf-task__header">
        <h3>
          <span className="wf-step-no">{action.stepNo}</span> {action.activity}
        </h3>
        <div className="wf-task__tools">
          <button type="button" className={`button button--small${returning ? ' wf-chosen' : ''}`} onClick={() => setReturning((r) => !r)}>
            Kembalikan <kbd>{TRAY_KEYS.return}</kbd>
          </button>
        </div>
      </header>
      {action.returnedFrom ? (
        <p className="wf-returned" role="note">
          Dikembalikan dari langkah {action.returnedFrom.stepNo} pada {formatDueAt(action.returnedFrom.at, zone)}: <strong>{action.returnedFrom.reason}</strong>
        </p>
      ) : null}
      <dl className="wf-facts">
        <dt>Pelaksana</dt>
        <dd>
          {action.actorLabel}
          {action.onBehalfOfPublic ? <span className="wf-tag">dicatat atas nama pelapor</span> : null}
          {action.asAdministrator ? <span className="wf-tag">dicatat oleh administrator</span> : null}
        </dd>
        <dt>Kelengkapan</dt>
        <dd>{action.inputs || '—'}</dd>
        <dt>Output</dt>
        <dd>{action.output || '—'}</dd>
        <dt>Waktu baku</dt>
        <dd>{step?.standardTime || 'tanpa waktu baku'}</dd>
        <dt>Tenggat</dt>
        <dd className={late ? 'wf-late' : undefined} data-testid={`due-step-${action.stepNo}`}>
          {action.dueAt ? formatDueAt(action.dueAt, zone) : '—'}
          {late ? <strong className="wf-late__badge">{late}</strong> : null}
        </dd>
      </dl>

      {returning ? (
        <ReturnForm complaintId={complaintId} action={action} run={run} onCancel={() => setReturning(false)} />
      ) : null}

      {action.outputKind === 'telaah' ? (
        <TelaahForm complaintId={complaintId} stepNo={action.stepNo} saved={telaah} onSaved={() => onRecordSaved('Telaah tersimpan.')} />
      ) : null}
      {action.outputKind === 'sk-tim' ? (
        <TeamForm
          complaintId={complaintId}
          stepNo={action.stepNo}
          saved={team}
          onSaved={(t) => onRecordSaved(`SK Tim ${t.number} tersimpan.`)}
          onPrint={onPrintTeam}
        />
      ) : null}

      {action.canDispose ? (
        <DispositionForm complaintId={complaintId} action={action} run={run} autoFocus={mode === 'dispose' || mode === 'finish'} onPrintBlank={onPrintBlankDisposition} />
      ) : (
        <CompleteStepForm complaintId={complaintId} action={action} run={run} autoFocus={mode === 'finish' || mode === 'dispose'} />
      )}
    </article>
  );
}
