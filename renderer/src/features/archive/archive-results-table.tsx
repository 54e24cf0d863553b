import { ACCESS_CLASS_LABELS, ARCHIVE_DOCUMENT_KIND_LABELS } from '../../../../shared/archive/archive-enums';
import type { ArchiveEntrySummary } from '../../../../shared/archive/archive-records';
import { formatDay } from '../../../../shared/time/indonesian-dates';
import { entryLocation, STAGE_LABELS } from './archive-format';

interface Props {
  rows: ArchiveEntrySummary[];
  selectedId: number | null;
  onOpen(entry: ArchiveEntrySummary): void;
  emptyText: string;
  /** The retention list shows the review day instead of the document's date. */
  showReview?: boolean;
}

/** Archived documents, newest filing first; a row opens with Enter or a click. */
export function ArchiveResultsTable({ rows, selectedId, onOpen, emptyText, showReview }: Props) {
  if (rows.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <div className="table-scroll">
      <table className="table archive-table">
        <thead>
          <tr>
            <th>No. arsip</th>
            <th>Dokumen</th>
            <th>Klasifikasi</th>
            <th>{showReview ? 'Jatuh tempo' : 'Tanggal'}</th>
            <th>Keadaan</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} tabIndex={0} data-archive-id={e.id} aria-selected={e.id === selectedId}
              className={e.id === selectedId ? 'archive-row--selected' : undefined}
              onClick={() => onOpen(e)} onKeyDown={(ev) => { if (ev.key === 'Enter') onOpen(e); }}
              aria-label={`Arsip ${e.serialNumber}`}>
              <td className="nowrap cell-name">{e.serialNumber}</td>
              <td>
                <div>{e.title}</div>
                <div className="cell-sub">
                  {ARCHIVE_DOCUMENT_KIND_LABELS[e.kind]}
                  {e.registerNumber ? ` · pengaduan ${e.registerNumber}` : ''}
                </div>
                <div className="cell-sub archive-table__place">{entryLocation(e)}</div>
                {e.hit ? (
                  <div className="archive-hit" data-testid="archive-hit">
                    <strong>ditemukan di halaman {e.hit.page}</strong>: {e.hit.snippet}
                  </div>
                ) : null}
              </td>
              <td><span className="nowrap">{e.classification.code}</span><div className="cell-sub">{e.classification.name}</div></td>
              <td className="nowrap">{formatDay(showReview ? e.retention.reviewOn : e.documentDate)}</td>
              <td>
                <span className={`access access--${e.accessClass}`}>{ACCESS_CLASS_LABELS[e.accessClass]}</span>
                <div className="archive-table__state">{e.onLoan ? (
                  <span className={e.onLoan.overdue ? 'loan-state loan-state--overdue' : 'loan-state'}>
                    {e.onLoan.overdue ? 'Terlambat kembali' : 'Dipinjam'}: {e.onLoan.borrowerName}
                  </span>
                ) : (
                  <span className={e.retention.stage === 'jatuh tempo' ? 'loan-state loan-state--overdue' : 'muted'}>{STAGE_LABELS[e.retention.stage]}</span>
                )}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
