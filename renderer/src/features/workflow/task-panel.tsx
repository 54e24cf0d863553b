import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/office/office-settings';
import type { CaseWorkflow, DispositionRecord, TeamRecord } from '../../../../shared/workflow/tray';
import { DISPOSITION_PAPER_CHOICE_LABELS, DISPOSITION_PAPER_CHOICES } from '../../../../shared/workflow/workflow-schemas';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useNavigation } from '../../app/navigation';
import { Notice, type NoticeMessage } from '../../components/notice';
import { StatusPill } from '../complaints/shared/status-pill';
import { LetterStartButton } from '../letters/letter-start-button';
import { CaseRecords } from './case-records';
import { WorkflowPrintDialog } from './print-dialog';
import { printDocument } from '../printing/print-document';
import { RunControls } from './run-controls';
import { SopProgress } from './sop-progress';
import { TaskCard, type PanelMode } from './task-card';
import type { RunAction } from './workflow-action';

export type { PanelMode } from './task-card';

interface Props {
  complaintId: number;
  /** The tray row opened: its step comes first and is marked read. */
  stepNo: number | null;
  positionId: number | null;
  initialMode: PanelMode;
  markRead: boolean;
  onChanged(text?: string): void;
  onClose(): void;
}

type Printing = { kind: 'disposition'; record: DispositionRecord | null } | { kind: 'blank' } | { kind: 'team'; team: TeamRecord } | null;

const TEAM_PAPER_LABELS: Record<PaperSize, string> = { A4: 'A4', F4: 'F4 / folio' };

/**
 * The task panel of one complaint: where it stands in its SOP, the step(s) the signed-in
 * user must do with their forms, the clock, and what the run produced. Esc closes it.
 */
export function TaskPanel({ complaintId, stepNo, positionId, initialMode, markRead, onChanged, onClose }: Props) {
  const { office } = useApp();
  const { navigate } = useNavigation();
  const [workflow, setWorkflow] = useState<CaseWorkflow | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [printing, setPrinting] = useState<Printing>(null);
  const panelRef = useRef<HTMLElement>(null);
  const [mode, setMode] = useState(initialMode);

  const load = useCallback(async () => {
    // Opening a waiting row marks it read; a finished row (or none) is only looked at.
    const opened = markRead && stepNo ? await call('workflow.openTask', { complaintId, stepNo, positionId }) : null;
    const r = opened?.ok ? opened : await call('workflow.case', { complaintId });
    if (!r.ok) return setFailure(r.error.message);
    setFailure(null);
    setWorkflow(r.value);
    if (opened?.ok) onChanged();
    // onChanged is the tray's refresh; it must not re-run the load.
  }, [complaintId, stepNo, positionId, markRead]);

  useEffect(() => void load(), [load]);

  useEffect(() => {
    if (workflow && initialMode === 'none') panelRef.current?.focus();
    // Only when the panel first shows its content.
  }, [workflow === null]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const run: RunAction = async (pending, successText) => {
    const r = await pending;
    if (!r.ok) return r.error.fields ? `${r.error.message} ${Object.values(r.error.fields).join(' ')}`.trim() : r.error.message;
    setWorkflow(r.value);
    setMode('none');
    setNotice({ kind: 'success', text: successText });
    onChanged(successText);
    return null;
  };

  if (failure && !workflow) {
    return (
      <section className="panel wf-panel" aria-label="Panel tugas">
        <Notice notice={{ kind: 'error', text: failure }} />
        <button type="button" className="button" onClick={onClose}>Tutup</button>
      </section>
    );
  }
  if (!workflow) return <section className="panel wf-panel" aria-label="Panel tugas"><p className="muted">Memuat tugas…</p></section>;

  // The row opened first, then the other steps the user may act on.
  const actions = [...workflow.actions].sort(
    (a, b) => Number(b.stepNo === stepNo && (b.positionId ?? positionId) === positionId) - Number(a.stepNo === stepNo && (a.positionId ?? positionId) === positionId),
  );
  const state = workflow.run?.state;
  return (
    <section className="panel wf-panel" aria-labelledby="wf-panel-heading" tabIndex={-1} ref={panelRef}>
      <header className="wf-panel__header">
        <div>
          <div className="muted">{workflow.registerNumber}</div>
          <h2 id="wf-panel-heading">{workflow.subject}</h2>
        </div>
        <div className="panel__tools">
          <StatusPill status={workflow.status} />
          <button type="button" className="button button--small" onClick={() => navigate('register', { complaintId })}>Buka kasus</button>
          <button type="button" className="button button--small" onClick={onClose} title="Esc">Tutup <kbd>Esc</kbd></button>
        </div>
      </header>
      {state ? <p className="wf-sentence" data-testid="run-sentence">{state.sentence}</p> : <p className="muted">Pengaduan ini tidak berjalan dalam alur SOP.</p>}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />

      {actions.length > 0 ? (
        actions.map((a, i) => (
          <Fragment key={`${a.stepNo}-${a.positionId ?? 0}`}>
          <TaskCard
            key={`${a.stepNo}-${a.positionId ?? 0}`}
            workflow={workflow}
            action={a}
            mode={i === 0 ? mode : 'none'}
            run={run}
            onRecordSaved={(text) => {
              setNotice({ kind: 'success', text });
              void call('workflow.case', { complaintId }).then((r) => r.ok && setWorkflow(r.value));
            }}
            onPrintBlankDisposition={() => setPrinting({ kind: 'blank' })}
            onPrintTeam={(team) => setPrinting({ kind: 'team', team })}
          />
          {/* A step whose output is a letter drafts or opens it on the Surat screen. */}
          {a.outputKind === 'nota-dinas' || a.outputKind === 'surat-jawaban' ? <LetterStartButton complaintId={complaintId} kind={a.outputKind} /> : null}
          </Fragment>
        ))
      ) : state && !state.finished ? (
        <p className="wf-nothing muted">Tidak ada langkah yang menunggu Anda pada pengaduan ini.</p>
      ) : null}

      <RunControls workflow={workflow} run={run} />
      <SopProgress workflow={workflow} />
      <CaseRecords
        workflow={workflow}
        onPrintDisposition={(record) => setPrinting({ kind: 'disposition', record })}
        onPrintTeam={(team) => setPrinting({ kind: 'team', team })}
      />

      {printing?.kind === 'disposition' || printing?.kind === 'blank' ? (
        <WorkflowPrintDialog
          title={printing.kind === 'blank' ? 'Cetak blanko lembar disposisi' : 'Cetak lembar disposisi'}
          papers={DISPOSITION_PAPER_CHOICES}
          paperLabels={DISPOSITION_PAPER_CHOICE_LABELS}
          initialPaper="setengah-folio"
          compose={(paper) =>
            printing.kind === 'blank'
              ? call('workflow.printBlankDisposition', { paper })
              : call('workflow.printDisposition', { complaintId, paper, ...(printing.record ? { dispositionId: printing.record.id } : {}) })
          }
          print={(paper, file) => {
            // Through the lembar disposisi's printer setting (straight to its printer, or the dialog), logged.
            const common = { documentKind: 'lembar-disposisi' as const, file, paper: paper === 'setengah-folio' ? ('215x165mm' as const) : paper };
            return printing.kind === 'blank'
              ? printDocument({ ...common, call: 'workflow.printBlankDisposition', input: { paper }, title: 'Blanko lembar disposisi' })
              : printDocument({
                  ...common, call: 'workflow.printDisposition', title: `Lembar disposisi ${workflow.registerNumber}`, reference: workflow.registerNumber,
                  input: { complaintId, paper, ...(printing.record ? { dispositionId: printing.record.id } : {}) },
                });
          }}
          onClose={() => setPrinting(null)}
        />
      ) : null}
      {printing?.kind === 'team' ? (
        <WorkflowPrintDialog
          title={`Cetak SK Tim ${printing.team.number}`}
          papers={PAPER_SIZES}
          paperLabels={TEAM_PAPER_LABELS}
          initialPaper={office.paperSize}
          compose={(paper) => call('workflow.printTeamDecree', { complaintId, teamId: printing.team.id, paper })}
          onClose={() => setPrinting(null)}
        />
      ) : null}
    </section>
  );
}
