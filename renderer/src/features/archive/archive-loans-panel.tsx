import { useEffect, useState } from 'react';
import type { ArchiveLoanPage } from '../../../../shared/archive/archive-records';
import { LOAN_FILTERS } from '../../../../shared/archive/archive-schemas';
import { formatDate, formatDateTime, formatDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice, type NoticeMessage } from '../../components/notice';

type LoanFilter = (typeof LOAN_FILTERS)[number];
const FILTER_LABELS: Record<LoanFilter, string> = { dipinjam: 'Sedang dipinjam', terlambat: 'Terlambat', semua: 'Semua' };

/** "Peminjaman": folders out of the archive room, the overdue ones in red, and their return. */
export function ArchiveLoansPanel({ revision, onOpen, onChanged }: { revision: number; onOpen(entryId: number): void; onChanged(): void }) {
  const { office } = useApp();
  const [filter, setFilter] = useState<LoanFilter>('dipinjam');
  const [page, setPage] = useState<ArchiveLoanPage | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    void call('archive.loans', { filter, limit: 200 }).then((r) => {
      if (!live) return;
      if (r.ok) setPage(r.value);
      else setNotice({ kind: 'error', text: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [filter, revision, reload]);

  async function giveBack(loanId: number, who: string) {
    const r = await call('archive.returnLoan', { loanId });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'success', text: `Berkas dicatat kembali dari ${who}.` });
    setReload((n) => n + 1);
    onChanged();
  }

  return (
    <section className="panel" aria-label="Peminjaman berkas">
      <header className="panel__header">
        <h2>Peminjaman berkas</h2>
        <div className="panel__tools" role="group" aria-label="Tampilkan">
          {LOAN_FILTERS.map((f) => (
            <button key={f} type="button" className={`button button--small${f === filter ? ' button--primary' : ''}`} aria-pressed={f === filter} onClick={() => setFilter(f)}>
              {FILTER_LABELS[f]}{f === 'terlambat' && page && page.overdueCount > 0 ? ` (${page.overdueCount})` : ''}
            </button>
          ))}
        </div>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {!page ? <p className="muted">Memuat…</p> : page.rows.length === 0 ? <p className="empty">Tidak ada peminjaman di sini.</p> : (
        <div className="table-scroll">
          <table className="table">
            <thead><tr><th>No. arsip</th><th>Peminjam</th><th>Keperluan</th><th>Dipinjam</th><th>Kembali paling lambat</th><th>Keadaan</th></tr></thead>
            <tbody>
              {page.rows.map((l) => (
                <tr key={l.id} className={l.overdue ? 'loan-row--overdue' : undefined} data-loan-id={l.id} tabIndex={0}
                  onKeyDown={(e) => { if (e.key === 'Enter') onOpen(l.entryId); }} onClick={() => onOpen(l.entryId)}>
                  <td><div className="nowrap cell-name">{l.serialNumber}</div><div className="cell-sub">{l.title}</div></td>
                  <td>{l.borrowerName}<div className="cell-sub">{l.borrowerUnit}</div></td>
                  <td>{l.purpose}</td>
                  <td className="nowrap" title={formatDateTime(l.borrowedAt, office.timeZone)}>{formatDate(l.borrowedAt, office.timeZone)}</td>
                  <td className="nowrap">{formatDay(l.dueBack)}{l.overdue ? <div className="loan-state--overdue">terlambat {l.daysOverdue} hari</div> : null}</td>
                  <td className="nowrap">{l.returnedAt ? <span className="muted">Kembali {formatDate(l.returnedAt, office.timeZone)}</span> : (
                    <button type="button" className="button button--small" onClick={(e) => { e.stopPropagation(); void giveBack(l.id, l.borrowerName); }}>Catat kembali</button>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
