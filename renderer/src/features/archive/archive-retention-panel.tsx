import { useEffect, useState } from 'react';
import type { ArchiveEntrySummary, ArchiveSearchPage } from '../../../../shared/archive/archive-records';
import { addDays } from '../../../../shared/archive/retention';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice } from '../../components/notice';
import { officeToday } from '../../lib/dates';
import { ArchiveResultsTable } from './archive-results-table';

/**
 * "Retensi": files whose inactive period ends by a day (today, or a day ahead to prepare
 * the yearly appraisal), the earliest first, with what their classification says happens next.
 */
export function ArchiveRetentionPanel({ revision, selectedId, onOpen }: { revision: number; selectedId: number | null; onOpen(e: ArchiveEntrySummary): void }) {
  const { office, now } = useApp();
  const today = officeToday(now(), office.timeZone);
  const [until, setUntil] = useState(today);
  const [page, setPage] = useState<ArchiveSearchPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call('archive.retentionDue', { until, limit: 200 }).then((r) => {
      if (!live) return;
      if (r.ok) setPage(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [until, revision]);

  return (
    <section className="panel" aria-label="Jatuh tempo retensi">
      <header className="panel__header">
        <h2>Jatuh tempo retensi</h2>
        <div className="panel__tools">
          <label htmlFor="retention-until">Sampai tanggal</label>
          <input id="retention-until" type="date" value={until} onChange={(e) => setUntil(e.target.value || today)} />
          <button type="button" className="button button--small" onClick={() => setUntil(today)}>Hari ini</button>
          <button type="button" className="button button--small" onClick={() => setUntil(addDays(today, 365))}>Setahun ke depan</button>
        </div>
      </header>
      <Notice notice={error ? { kind: 'error', text: error } : null} />
      <p className="muted">{page ? `${page.total ?? 0} berkas perlu dinilai: dimusnahkan, disimpan permanen, atau dinilai kembali sesuai klasifikasinya.` : 'Memuat…'}</p>
      {page ? <ArchiveResultsTable rows={page.rows} selectedId={selectedId} onOpen={onOpen} showReview emptyText="Tidak ada berkas yang jatuh tempo sampai tanggal ini." /> : null}
    </section>
  );
}
