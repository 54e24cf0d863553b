import type { OfficeTimeZone } from '../office/time-zones';
import { formatDate, formatTime } from '../time/indonesian-dates';
import type { ComplaintListRow } from './complaint';
import { CHANNEL_LABELS, COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS, PRIVACY_LABELS } from './complaint-enums';

/** The register's columns as exported: one definition for CSV and XLSX. */
export function complaintExportTable(rows: ComplaintListRow[], zone: OfficeTimeZone) {
  const header = [
    'No. Register', 'Kode Pelacakan', 'Tanggal Diterima', `Jam (${zone})`, 'Saluran', 'Jenis', 'Kategori', 'Pokok Aduan',
    'Pelapor', 'Kerahasiaan', 'Unit Diadukan', 'Status', 'Tenggat', 'Lewat Tenggat',
  ];
  const body = rows.map((r) => [
    r.registerNumber,
    r.trackingCode,
    formatDate(r.receivedAt, zone),
    formatTime(r.receivedAt, zone, false),
    CHANNEL_LABELS[r.channel],
    COMPLAINT_KIND_LABELS[r.kind],
    r.categoryName,
    r.subject,
    r.complainantDisplay,
    PRIVACY_LABELS[r.privacy].split(' (')[0] ?? r.privacy,
    r.unitComplained,
    COMPLAINT_STATUS_LABELS[r.status],
    r.dueAt ? formatDate(r.dueAt, zone) : '',
    r.overdue ? 'Ya' : '',
  ]);
  return { header, body };
}
