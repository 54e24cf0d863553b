import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { useNavigation } from '../../../app/navigation';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { officeToday } from '../../../lib/dates';
import { CasePage } from '../case/case-page';
import { ExportButtons } from './export-buttons';
import { RegisterFilters } from './register-filters';
import { formatCount } from './register-format';
import { RegisterTable } from './register-table';
import { useComplaintPages } from './use-complaint-pages';
import { useDebounced } from './use-debounced';
import { isFiltered, toCallFilter, useStoredFilter } from './use-stored-filter';
import './register.css';

/** Pause after the last key before a typed filter (search, unit) asks the backend. */
const SEARCH_DELAY_MS = 300;

/**
 * "Register Pengaduan" (Alt+3): every complaint in one virtualised list with filters, sort
 * and export; a row opens its case page in place, and Esc comes back to the same spot.
 * Opened with `params.complaintId` (from the intake or the progress desk) it shows that
 * case straight away.
 */
export function RegisterScreen() {
  const { office, now } = useApp();
  const { params } = useNavigation();
  const today = officeToday(now(), office.timeZone);
  const [stored, setStored] = useStoredFilter();
  // Typed fields wait for a pause; chips, dates and sorting apply at once.
  const query = useDebounced(stored.query, SEARCH_DELAY_MS);
  const unit = useDebounced(stored.unit, SEARCH_DELAY_MS);
  const filter = useMemo(() => toCallFilter({ ...stored, unit }, query, today), [stored, unit, query, today]);
  const filterKey = JSON.stringify(filter);
  const pages = useComplaintPages(filter);
  const [selected, setSelected] = useState(0);
  const [caseId, setCaseId] = useState<number | null>(params.complaintId ?? null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const scrollMemory = useRef(0);
  const gridRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => setSelected(0), [filterKey]);

  useEffect(() => {
    if (caseId === null) gridRef.current?.focus({ preventScroll: true });
  }, [caseId]);

  if (caseId !== null) {
    return (
      <CasePage
        key={caseId}
        id={caseId}
        onOpenCase={setCaseId}
        onBack={() => {
          setCaseId(null);
          // The case may have changed (status, merge): the rows in view are fetched again.
          pages.refresh();
        }}
      />
    );
  }

  const filtered = isFiltered(stored);
  // The badge and the export wait for the real count; the list already shows the first page.
  const total = pages.counting ? null : pages.total;
  return (
    <section className="panel register" aria-labelledby="register-heading">
      <header className="panel__header">
        <h2 id="register-heading">Register Pengaduan</h2>
        <div className="panel__tools">
          <span className="badge register-count" aria-live="polite">
            {total === null ? (pages.error ? '—' : pages.counting ? 'Menghitung jumlah…' : 'Memuat…') : `${formatCount(total)} pengaduan`}
            {filtered && total !== null ? ' (disaring)' : ''}
          </span>
          <ExportButtons filter={filter} total={total} onNotice={setNotice} />
        </div>
      </header>
      <RegisterFilters filter={stored} today={today} onChange={setStored} />
      <Notice notice={pages.error ? { kind: 'error', text: pages.error } : notice} onDismiss={pages.error ? undefined : () => setNotice(null)} />
      <RegisterTable
        pages={pages}
        sort={stored.sort}
        direction={stored.direction}
        onSort={(sort, direction) => setStored({ ...stored, sort, direction })}
        selected={selected}
        onSelect={setSelected}
        onOpen={(row) => setCaseId(row.id)}
        scrollMemory={scrollMemory}
        filterKey={filterKey}
        gridRef={gridRef}
        emptyText={filtered ? 'Tidak ada pengaduan yang cocok dengan filter ini.' : 'Register masih kosong: belum ada pengaduan yang dicatat.'}
      />
      <p className="register-hint">↑/↓ memilih · Enter membuka · Home/End ke awal/akhir · klik judul kolom untuk mengurutkan</p>
    </section>
  );
}
