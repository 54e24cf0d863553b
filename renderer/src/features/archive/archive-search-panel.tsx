import { useEffect, useRef, useState } from 'react';
import { ACCESS_CLASSES, ACCESS_CLASS_LABELS, ARCHIVE_DOCUMENT_KINDS, ARCHIVE_DOCUMENT_KIND_LABELS, LOCATION_FIELDS, LOCATION_LABELS, type AccessClass, type ArchiveDocumentKind } from '../../../../shared/archive/archive-enums';
import type { ArchiveClassification, ArchiveEntrySummary, ArchiveLocation, ArchiveSearchPage } from '../../../../shared/archive/archive-records';
import { call } from '../../api/client';
import { Notice } from '../../components/notice';
import { useDebounced } from '../complaints/register/use-debounced';
import { ArchiveBatchLabels } from './archive-batch-labels';
import { ArchiveResultsTable } from './archive-results-table';
import { EMPTY_LOCATION } from './use-last-location';

const PAGE = 50;

interface Props {
  classifications: ArchiveClassification[];
  selectedId: number | null;
  onOpen(entry: ArchiveEntrySummary): void;
  /** Bumped by the screen when something changed (a filing, an edit, OCR finished): search again. */
  revision: number;
}

/**
 * "Cari arsip": one box for any word — number, title, complainant, location, or a word
 * inside the scanned pages — and filters for kind, classification, access class, the
 * document's dates and the exact shelf or box.
 */
export function ArchiveSearchPanel({ classifications, selectedId, onOpen, revision }: Props) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ArchiveDocumentKind | ''>('');
  const [classificationId, setClassificationId] = useState<number | ''>('');
  const [access, setAccess] = useState<AccessClass | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [location, setLocation] = useState<ArchiveLocation>(EMPTY_LOCATION);
  const [more, setMore] = useState(false);
  const [page, setPage] = useState<ArchiveSearchPage | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  const settledQuery = useDebounced(query, 250);
  const settledLocation = useDebounced(location, 300);

  useEffect(() => box.current?.focus(), []);
  useEffect(() => setOffset(0), [settledQuery, kind, classificationId, access, from, to, settledLocation]);

  useEffect(() => {
    let live = true;
    const range = from && to ? { from, to } : undefined;
    void call('archive.search', {
      query: settledQuery, kinds: kind ? [kind] : [], classificationIds: classificationId ? [classificationId] : [],
      accessClasses: access ? [access] : [], location: settledLocation, range, offset, limit: PAGE,
    }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setPage(r.value);
    });
    return () => {
      live = false;
    };
  }, [settledQuery, kind, classificationId, access, from, to, settledLocation, offset, revision]);

  const total = page?.total ?? 0;
  return (
    <section className="panel archive-search" aria-label="Cari arsip">
      <div className="field archive-search__query">
        <label htmlFor="archive-query">Cari (nomor, judul, pelapor, lokasi, atau kata di dalam pindaian)</label>
        <input id="archive-query" ref={box} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="mis. koperasi, 0012/HM.01, Boks 12" />
      </div>
      <div className="archive-search__bar">
        <div className="field">
          <label htmlFor="archive-kind">Jenis</label>
          <select id="archive-kind" value={kind} onChange={(e) => setKind(e.target.value as ArchiveDocumentKind | '')}>
            <option value="">Semua jenis</option>
            {ARCHIVE_DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{ARCHIVE_DOCUMENT_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="archive-class">Klasifikasi</label>
          <select id="archive-class" value={classificationId} onChange={(e) => setClassificationId(e.target.value ? Number(e.target.value) : '')}>
            <option value="">Semua klasifikasi</option>
            {classifications.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="archive-access">Kelas akses</label>
          <select id="archive-access" value={access} onChange={(e) => setAccess(e.target.value as AccessClass | '')}>
            <option value="">Semua</option>
            {ACCESS_CLASSES.map((a) => <option key={a} value={a}>{ACCESS_CLASS_LABELS[a]}</option>)}
          </select>
        </div>
        <button type="button" className="button button--small archive-search__more" aria-expanded={more} onClick={() => setMore((m) => !m)}>
          {more ? 'Sembunyikan filter' : 'Filter tanggal dan lokasi'}
        </button>
      </div>
      {more ? (
        <div className="archive-search__filters">
          <div className="field"><label htmlFor="archive-from">Tanggal dokumen dari</label><input id="archive-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></div>
          <div className="field"><label htmlFor="archive-to">sampai</label><input id="archive-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} /></div>
          {LOCATION_FIELDS.map((f) => (
            <div className="field" key={f}>
              <label htmlFor={`archive-filter-${f}`}>{LOCATION_LABELS[f]}</label>
              <input id={`archive-filter-${f}`} value={location[f]} onChange={(e) => setLocation({ ...location, [f]: e.target.value })} />
            </div>
          ))}
        </div>
      ) : null}
      <Notice notice={error ? { kind: 'error', text: error } : null} />
      <div className="archive-search__summary">
        <div className="archive-search__count muted" role="status">
          {page ? (total === 0 ? 'Tidak ada arsip yang cocok.' : `${total.toLocaleString('id-ID')} arsip${total > PAGE ? ` · ${offset + 1}–${Math.min(offset + PAGE, total)}` : ''}`) : 'Memuat…'}
        </div>
        {page ? <ArchiveBatchLabels rows={page.rows} /> : null}
      </div>
      {page ? <ArchiveResultsTable rows={page.rows} selectedId={selectedId} onOpen={onOpen} emptyText="Belum ada arsip yang cocok dengan pencarian ini." /> : null}
      {total > PAGE ? (
        <div className="form-actions">
          <button type="button" className="button button--small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Sebelumnya</button>
          <button type="button" className="button button--small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>Berikutnya</button>
        </div>
      ) : null}
    </section>
  );
}
