import { useState } from 'react';
import type { CaseWorkflow } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { ActionError } from './action-error';
import type { RunAction } from './workflow-action';
import { formatDueAt } from './workflow-format';

/**
 * The run as a whole: stop the clock while the office waits for the complainant (with the
 * reason), start it again, close a disposition early, reopen a finished matter.
 */
export function RunControls({ workflow, run }: { workflow: CaseWorkflow; run: RunAction }) {
  const { office } = useApp();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<'pause' | 'reopen' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pause = workflow.run?.state.openPause ?? null;
  const complaintId = workflow.complaintId;

  async function act(pending: ReturnType<RunAction>) {
    const failure = await pending;
    setError(failure);
    if (!failure) {
      setReason('');
      setAsking(null);
    }
  }

  if (!workflow.canPause && !workflow.canResume && !workflow.canReopen && workflow.closable.length === 0 && !pause) return null;
  return (
    <section className="wf-section wf-controls" aria-label="Jam dan alur">
      {pause ? (
        <p className="wf-paused-banner" role="status">
          Jam dihentikan sementara sejak {formatDueAt(pause.from, office.timeZone)}: {pause.reason}
        </p>
      ) : null}
      <div className="form-actions">
        {workflow.canPause ? (
          <button type="button" className="button" onClick={() => setAsking('pause')}>Hentikan jam sementara…</button>
        ) : null}
        {workflow.canResume ? (
          <button type="button" className="button button--primary" onClick={() => void act(run(call('workflow.resume', { complaintId }), 'Jam dilanjutkan.'))}>
            Lanjutkan jam
          </button>
        ) : null}
        {workflow.canReopen ? (
          <button type="button" className="button" onClick={() => setAsking('reopen')}>Buka kembali…</button>
        ) : null}
      </div>
      {workflow.closable.map((c) => (
        <div key={c.stepNo} className="wf-closable">
          Langkah {c.stepNo} masih di {c.openRecipients.join(', ')}.
          {(c.decision?.options ?? [{ key: '', label: 'Tutup disposisi lebih awal', isReturn: false, goTo: null }])
            .filter((o) => !o.isReturn)
            .map((o) => (
              <button
                key={o.key}
                type="button"
                className="button button--small"
                onClick={() =>
                  void act(
                    run(
                      call('workflow.closeDisposition', { complaintId, stepNo: c.stepNo, optionKey: o.key || null }),
                      `Disposisi langkah ${c.stepNo} ditutup lebih awal.`,
                    ),
                  )
                }
              >
                {c.decision ? `Tutup lebih awal: ${o.label}` : o.label}
              </button>
            ))}
        </div>
      ))}
      {asking ? (
        <div className="wf-inline">
          <label htmlFor="wf-run-reason" className="visually-hidden">{asking === 'pause' ? 'Alasan penghentian sementara' : 'Alasan dibuka kembali'}</label>
          <input
            id="wf-run-reason"
            className="wf-input"
            autoFocus
            placeholder={asking === 'pause' ? 'Alasan, mis. menunggu kelengkapan berkas dari pelapor' : 'Alasan dibuka kembali'}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              void act(
                asking === 'pause'
                  ? run(call('workflow.pause', { complaintId, reason }), 'Jam dihentikan sementara.')
                  : run(call('workflow.reopen', { complaintId, reason }), 'Pengaduan dibuka kembali.'),
              )
            }
          >
            {asking === 'pause' ? 'Hentikan jam' : 'Buka kembali'}
          </button>
          <button type="button" className="button" onClick={() => setAsking(null)}>Batal</button>
        </div>
      ) : null}
      <ActionError message={error} />
    </section>
  );
}
