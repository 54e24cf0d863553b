import { DISPOSITION_INSTRUCTION_LABELS, DISPOSITION_URGENCY_LABELS } from '../../../../shared/workflow/disposition-fields';
import { LAPOR_CLOCK_STATUS_LABELS } from '../../../../shared/workflow/lapor-clocks';
import type { CaseWorkflow, DispositionRecord, TeamRecord } from '../../../../shared/workflow/tray';
import { useApp } from '../../app/app-context';
import { formatDueAt } from './workflow-format';

interface Props {
  workflow: CaseWorkflow;
  onPrintDisposition(record: DispositionRecord | null): void;
  onPrintTeam(team: TeamRecord): void;
}

/** What the run has produced so far: the dispositions (printable), the SK Tim, SP4N-LAPOR! clocks and the history. */
export function CaseRecords({ workflow, onPrintDisposition, onPrintTeam }: Props) {
  const { office } = useApp();
  const zone = office.timeZone;
  return (
    <>
      {workflow.laporClocks ? (
        <section className="wf-section" aria-label="Tenggat SP4N-LAPOR!">
          <h3>Tenggat SP4N-LAPOR!</h3>
          <table className="wf-clocks">
            <tbody>
              {workflow.laporClocks.map((c) => (
                <tr key={c.key} className={c.status === 'terlambat' ? 'wf-late' : undefined}>
                  <th scope="row">{c.label} ({c.workingDays} hari kerja)</th>
                  <td>{c.dueAt ? formatDueAt(c.dueAt, zone) : '—'}</td>
                  <td><span className={`wf-clock wf-clock--${c.status}`}>{LAPOR_CLOCK_STATUS_LABELS[c.status]}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {workflow.dispositions.length > 0 ? (
        <section className="wf-section" aria-label="Lembar disposisi">
          <header className="wf-section__header">
            <h3>Lembar disposisi ({workflow.dispositions.length})</h3>
            {workflow.dispositions.length > 1 ? (
              <button type="button" className="button button--small" onClick={() => onPrintDisposition(null)}>Cetak semua</button>
            ) : null}
          </header>
          <ul className="wf-records">
            {workflow.dispositions.map((d) => (
              <li key={d.id}>
                <div>
                  <strong>{d.disposedBy.position}</strong> → {d.recipients.map((r) => r.shortTitle || r.title).join(', ')}
                  <span className={`wf-urgency wf-urgency--${d.urgency}`}>{DISPOSITION_URGENCY_LABELS[d.urgency]}</span>
                </div>
                <div className="cell-sub">
                  {formatDueAt(d.disposedAt, zone)} · {d.disposedBy.name}
                  {d.dueAt ? ` · batas ${formatDueAt(d.dueAt, zone)}` : ''}
                </div>
                {d.instructions.length > 0 || d.otherInstruction ? (
                  <div className="cell-sub">Harap: {[...d.instructions.map((i) => DISPOSITION_INSTRUCTION_LABELS[i]), d.otherInstruction].filter(Boolean).join('; ')}</div>
                ) : null}
                {d.note ? <div className="cell-sub">Catatan: {d.note}</div> : null}
                <button type="button" className="button button--small" onClick={() => onPrintDisposition(d)}>Cetak lembar disposisi</button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {workflow.teams.length > 0 ? (
        <section className="wf-section" aria-label="SK Tim">
          <h3>SK Tim</h3>
          <ul className="wf-records">
            {workflow.teams.map((t) => (
              <li key={t.id}>
                <strong>{t.number}</strong> — {t.members.length} anggota, ditetapkan {t.decidedOn}
                <button type="button" className="button button--small" onClick={() => onPrintTeam(t)}>Cetak SK Tim</button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="wf-section" aria-label="Riwayat alur">
        <h3>Riwayat alur</h3>
        {workflow.history.length === 0 ? (
          <p className="muted">Belum ada riwayat.</p>
        ) : (
          <ol className="wf-history">
            {workflow.history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <time dateTime={h.at}>{formatDueAt(h.at, zone)}</time>
                <span>{h.text}</span>
                <span className="cell-sub">{h.by}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
