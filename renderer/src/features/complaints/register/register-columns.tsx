import type { ReactNode } from 'react';
import type { ComplaintListRow } from '../../../../../shared/complaints/complaint';
import { CHANNEL_LABELS, COMPLAINT_KIND_LABELS } from '../../../../../shared/complaints/complaint-enums';
import type { SORT_FIELDS } from '../../../../../shared/complaints/complaint-schemas';
import type { OfficeTimeZone } from '../../../../../shared/office/time-zones';
import { formatDateTime, formatLongDate } from '../../../../../shared/time/indonesian-dates';
import { formatShortDate } from './register-format';
import { StatusPill } from '../shared/status-pill';

export type SortField = (typeof SORT_FIELDS)[number];

export interface RegisterColumn {
  key: string;
  label: string;
  /** The backend's sort field behind a click on this header, when it can sort by it. */
  sort?: SortField;
  /** The direction a first click sorts in: the newest or the most urgent first. */
  firstDirection?: 'asc' | 'desc';
  /** Text shown when the cell is too narrow (the cell itself may hold a pill). */
  title(row: ComplaintListRow, zone: OfficeTimeZone): string;
  render(row: ComplaintListRow, zone: OfficeTimeZone): ReactNode;
  className?: string;
}

const plain = (pick: (row: ComplaintListRow) => string) => ({
  title: (row: ComplaintListRow) => pick(row),
  render: (row: ComplaintListRow) => pick(row) || '—',
});

/** The register's columns, in the order of the paper complaint book. */
/** "Kata dicari ditemukan di lampiran surat-warga.pdf, halaman 2" / "… di halaman 2 dokumen pindaian". */
const scanHitText = (r: ComplaintListRow) =>
  `Kata dicari ditemukan di ${r.scanFile ? `lampiran ${r.scanFile}, halaman ${r.scanPage}` : `halaman ${r.scanPage} dokumen pindaian`}`;

export const REGISTER_COLUMNS: RegisterColumn[] = [
  { key: 'registerNumber', label: 'No. register', sort: 'registerNumber', firstDirection: 'desc', className: 'cell--strong', ...plain((r) => r.registerNumber) },
  {
    key: 'receivedAt', label: 'Diterima', sort: 'receivedAt', firstDirection: 'desc',
    title: (r, zone) => formatDateTime(r.receivedAt, zone),
    render: (r, zone) => formatShortDate(r.receivedAt, zone),
  },
  { key: 'channel', label: 'Saluran', ...plain((r) => CHANNEL_LABELS[r.channel]) },
  { key: 'kind', label: 'Jenis', ...plain((r) => COMPLAINT_KIND_LABELS[r.kind]) },
  { key: 'category', label: 'Kategori', ...plain((r) => r.categoryName) },
  {
    key: 'subject', label: 'Pokok aduan',
    title: (r) => (r.scanPage ? `${scanHitText(r)}. ${r.subject}` : r.subject),
    // A hit inside a scan or an attachment says where, in a short badge ahead of the subject
    // (the row is one line); the whole sentence, with the file's name, is the cell's tooltip.
    render: (r) => (r.scanPage ? <><span className="badge" data-testid="scan-hit">{r.scanFile ? 'lampiran, ' : ''}hlm. {r.scanPage}</span> {r.subject}</> : r.subject || '—'),
  },
  {
    key: 'complainant', label: 'Pelapor',
    title: (r) => r.complainantDisplay,
    render: (r) => <span className={r.privacy === 'biasa' ? undefined : 'cell--masked'}>{r.complainantDisplay || '—'}</span>,
  },
  { key: 'unit', label: 'Unit', ...plain((r) => r.unitComplained) },
  { key: 'status', label: 'Status', sort: 'status', firstDirection: 'asc', title: () => '', render: (r) => <StatusPill status={r.status} /> },
  {
    key: 'dueAt', label: 'Tenggat', sort: 'dueAt', firstDirection: 'asc',
    title: (r, zone) => (r.dueAt ? `${r.overdue ? 'Lewat tenggat: ' : 'Tenggat: '}${formatLongDate(r.dueAt, zone)}` : 'Tanpa tenggat'),
    render: (r, zone) =>
      r.dueAt ? (
        <span className={r.overdue ? 'cell--overdue' : undefined}>
          {formatShortDate(r.dueAt, zone)}
          {/* Red is for the eye; a screen reader hears the words. */}
          {r.overdue ? <span className="visually-hidden"> (lewat tenggat)</span> : null}
        </span>
      ) : (
        '—'
      ),
  },
];
