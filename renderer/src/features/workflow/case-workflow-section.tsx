import { useEffect, useState } from 'react';
import type { CaseWorkflow } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useNavigation } from '../../app/navigation';
import { CaseSection } from '../complaints/case/case-section';
import './workflow.css';

/**
 * The case page's view of the SOP run: where the complaint stands and who holds it, the
 * current step(s), and a way into the task panel of "Kotak Disposisi".
 */
export function CaseWorkflowSection({ complaintId }: { complaintId: number }) {
  const { navigate } = useNavigation();
  const [workflow, setWorkflow] = useState<CaseWorkflow | null>(null);

  useEffect(() => {
    let alive = true;
    void call('workflow.case', { complaintId }).then((r) => alive && r.ok && setWorkflow(r.value));
    return () => {
      alive = false;
    };
  }, [complaintId]);

  if (!workflow?.run) return null;
  const current = workflow.steps.filter((s) => s.state === 'berjalan');
  return (
    <CaseSection
      id="case-workflow"
      title={`Alur SOP: ${workflow.run.sopTitle}`}
      actions={
        <button type="button" className="button button--small" onClick={() => navigate('kotak-disposisi', { complaintId })}>
          {workflow.actions.length > 0 ? 'Kerjakan di Kotak Disposisi' : 'Lihat alur'}
        </button>
      }
    >
      <p className="wf-sentence" data-testid="case-run-sentence">{workflow.run.state.sentence}</p>
      {current.length > 0 ? (
        <ul className="wf-records">
          {current.map((s) => (
            <li key={s.no}>
              <span><span className="wf-step-no">{s.no}</span> {s.activity}</span>
              <span className="cell-sub">{s.actorLabel}{s.standardTime ? ` · waktu baku ${s.standardTime}` : ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </CaseSection>
  );
}
