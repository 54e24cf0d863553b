import { useState } from 'react';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/office/office-settings';
import type { CaseWorkflow } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { WorkflowPrintDialog } from './print-dialog';

const STATE_LABELS = { selesai: 'selesai', berjalan: 'sedang berjalan', belum: 'belum' } as const;
const PAPER_LABELS: Record<PaperSize, string> = { A4: 'A4', F4: 'F4 / folio' };

/** The SOP's steps with the ones done and the one(s) open marked, and the chart printed with the same highlight. */
export function SopProgress({ workflow }: { workflow: CaseWorkflow }) {
  const { office } = useApp();
  const [printing, setPrinting] = useState(false);
  const run = workflow.run;
  if (!run) return null;
  return (
    <section className="wf-section" aria-label="Posisi dalam SOP">
      <header className="wf-section__header">
        <h3>Posisi dalam SOP: {run.sopTitle} <span className="muted">(versi {run.sopVersion})</span></h3>
        <button type="button" className="button button--small" onClick={() => setPrinting(true)}>Cetak bagan SOP</button>
      </header>
      <ol className="wf-steps">
        {workflow.steps.map((s) => (
          <li key={s.no} className={`wf-steps__item wf-steps__item--${s.state}`} data-state={s.state}>
            <span className="wf-step-no">{s.no}</span>
            <span className="wf-steps__text">
              {s.activity}
              <span className="cell-sub"> — {s.actorLabel}{s.standardTime ? `, ${s.standardTime}` : ''}</span>
            </span>
            <span className="wf-steps__state">{STATE_LABELS[s.state]}</span>
          </li>
        ))}
      </ol>
      {printing ? (
        <WorkflowPrintDialog
          title="Bagan SOP pengaduan ini"
          papers={PAPER_SIZES}
          paperLabels={PAPER_LABELS}
          initialPaper={office.paperSize}
          compose={(paperSize) => call('workflow.printCaseChart', { complaintId: workflow.complaintId, paperSize })}
          onClose={() => setPrinting(false)}
        />
      ) : null}
    </section>
  );
}
