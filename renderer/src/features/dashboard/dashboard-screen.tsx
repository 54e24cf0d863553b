import { useEffect, useState } from 'react';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { formatDelay, type ComplianceFigures } from '../../../../shared/workflow/step-compliance';
import type { DashboardTask, WorkflowDashboard } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useNavigation } from '../../app/navigation';
import { Notice } from '../../components/notice';
import { formatDueAt, lateText } from '../workflow/workflow-format';
import './dashboard.css';

const percent = (f: ComplianceFigures) => (f.onTimeRate === null ? '—' : `${Math.round(f.onTimeRate * 100)}%`);

function TaskList({ title, tasks, empty, late }: { title: string; tasks: DashboardTask[]; empty: string; late?: boolean }) {
  const { office, now } = useApp();
  const { navigate } = useNavigation();
  return (
    <section className="panel dash-list" aria-label={title}>
      <h3>{title}</h3>
      {tasks.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="table">
          <thead>
            <tr><th>Pengaduan</th><th>Langkah</th><th>Jabatan</th><th>Tenggat</th></tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.taskId} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && navigate('kotak-disposisi', { complaintId: t.complaintId })}
                onDoubleClick={() => navigate('kotak-disposisi', { complaintId: t.complaintId })}>
                <td><div className="cell-name">{t.subject}</div><div className="cell-sub">{t.registerNumber}</div></td>
                <td>{t.stepNo}. {t.activity}</td>
                <td>{t.positionShortTitle}<div className="cell-sub">{t.unitName}</div></td>
                <td className={`dash-due${late ? ' dash-late' : ''}`}>
                  {formatDueAt(t.dueAt, office.timeZone)}
                  {late && t.lateMinutes > 0 ? <div>{lateText(true, t.lateWorkingMinutes, t.dueAt, now())}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ComplianceCells({ f }: { f: ComplianceFigures }) {
  return (
    <>
      <td className="num">{f.onTime}</td>
      <td className={`num${f.late > 0 ? ' dash-late' : ''}`}>{f.late}</td>
      <td className="num"><strong>{percent(f)}</strong></td>
      <td className="num">{f.late > 0 ? formatDelay(f.meanDelayMinutes) : '—'}</td>
      <td className="num">{f.late > 0 ? formatDelay(f.worstDelayMinutes) : '—'}</td>
    </>
  );
}

const COMPLIANCE_HEAD = (
  <>
    <th className="num">Tepat waktu</th>
    <th className="num">Terlambat</th>
    <th className="num">Kepatuhan</th>
    <th className="num">Rata-rata keterlambatan</th>
    <th className="num">Terlama</th>
  </>
);

/**
 * "Dasbor" (Alt+7): what falls due today, what is already late, and how each unit and each
 * SOP step keeps to the standard times this month — the leader's morning look.
 */
export function DashboardScreen() {
  const [data, setData] = useState<WorkflowDashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);

  useEffect(() => {
    let alive = true;
    void call('workflow.dashboard', range ?? {}).then((r) => {
      if (!alive) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setData(r.value);
    });
    return () => {
      alive = false;
    };
  }, [range]);

  return (
    <div className="dash">
      <section className="panel" aria-labelledby="dash-heading">
        <header className="panel__header">
          <h2 id="dash-heading">Dasbor</h2>
          {data ? (
            <div className="panel__tools dash-range">
              <label htmlFor="dash-from">Periode</label>
              <input id="dash-from" type="date" value={data.period.from} onChange={(e) => e.target.value && setRange({ from: e.target.value, to: data.period.to })} />
              <label htmlFor="dash-to">s.d.</label>
              <input id="dash-to" type="date" value={data.period.to} onChange={(e) => e.target.value && setRange({ from: data.period.from, to: e.target.value })} />
            </div>
          ) : null}
        </header>
        <Notice notice={error ? { kind: 'error', text: error } : null} />
        {data ? (
          <div className="dash-tiles">
            <div className="dash-tile">
              <span className="dash-tile__label">Jatuh tempo hari ini</span>
              <strong className="dash-tile__value" data-testid="dash-due-today">{data.dueToday}</strong>
              <span className="muted">{formatLongDay(data.today)}</span>
            </div>
            <div className={`dash-tile${data.overdue > 0 ? ' dash-tile--late' : ''}`}>
              <span className="dash-tile__label">Terlambat</span>
              <strong className="dash-tile__value" data-testid="dash-overdue">{data.overdue}</strong>
              <span className="muted">langkah melewati waktu baku</span>
            </div>
          </div>
        ) : (
          <p className="muted">Memuat dasbor…</p>
        )}
      </section>
      {data ? (
        <>
          <div className="dash-columns">
            <TaskList title="Jatuh tempo hari ini" tasks={data.dueTodayTasks} empty="Tidak ada yang jatuh tempo hari ini." />
            <TaskList title="Terlambat" tasks={data.overdueTasks} empty="Tidak ada langkah yang terlambat." late />
          </div>
          <section className="panel" aria-label="Kepatuhan per unit">
            <h3>Kepatuhan waktu baku per unit kerja ({formatLongDay(data.period.from)} – {formatLongDay(data.period.to)})</h3>
            {data.perUnit.length === 0 ? <p className="muted">Belum ada langkah yang selesai pada periode ini.</p> : (
              <table className="table dash-table">
                <thead><tr><th>Unit kerja</th><th className="num">Menunggu</th><th className="num">Terlambat kini</th>{COMPLIANCE_HEAD}</tr></thead>
                <tbody>
                  {data.perUnit.map((u) => (
                    <tr key={u.unitId}>
                      <th scope="row">{u.unitName}</th>
                      <td className="num">{u.waiting}</td>
                      <td className={`num${u.overdue > 0 ? ' dash-late' : ''}`}>{u.overdue}</td>
                      <ComplianceCells f={u} />
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="panel" aria-label="Kepatuhan per langkah SOP">
            <h3>Kepatuhan per langkah SOP</h3>
            {data.perStep.length === 0 ? <p className="muted">Belum ada langkah yang selesai pada periode ini.</p> : (
              <table className="table dash-table">
                <thead><tr><th>SOP</th><th>Langkah</th>{COMPLIANCE_HEAD}</tr></thead>
                <tbody>
                  {data.perStep.map((s) => (
                    <tr key={`${s.sopCode}-${s.stepNo}`}>
                      <td className="cell-sub">{s.sopCode}</td>
                      <th scope="row">{s.stepNo}. {s.activity}</th>
                      <ComplianceCells f={s} />
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
