import type { ArchiveHistoryEntry } from '../../../shared/archive/archive-records';
import type { FieldChanges } from '../audit/audit-log';

export const ARCHIVE_ENTITY = 'archive_entry';
export const CLASSIFICATION_ENTITY = 'archive_classification';

/** Field names in the audit log → what the history calls them. */
const FIELD_LABELS: Record<string, string> = {
  kind: 'Jenis dokumen',
  classification: 'Klasifikasi',
  title: 'Judul',
  documentDate: 'Tanggal dokumen',
  notes: 'Keterangan',
  location: 'Lokasi',
  accessClass: 'Kelas akses',
  complaint: 'Pengaduan',
  retention: 'Retensi',
};

const changeText = (changes: FieldChanges) =>
  Object.entries(changes)
    .map(([field, [from, to]]) => `${FIELD_LABELS[field] ?? field}: ${from || '—'} → ${to || '—'}`)
    .join('; ');

/** One audit entry of an archive entry in plain Indonesian. */
export function summariseArchiveAction(action: string, changes: FieldChanges): string {
  const after = (field: string) => changes[field]?.[1] ?? '';
  switch (action) {
    case 'diarsipkan':
      return `Diarsipkan dengan nomor ${after('serialNumber')}`;
    case 'diubah':
      return `Diubah — ${changeText(changes)}`;
    case 'dipinjam':
      return `Berkas fisik dipinjam oleh ${after('borrower')}, kembali paling lambat ${after('dueBack')}`;
    case 'dikembalikan':
      return `Berkas fisik dikembalikan oleh ${after('borrower')}`;
    case 'berkas_dibuka':
      return 'Berkas elektronik dibuka';
    case 'pindaian_dilampirkan':
      return `Pindaian dilampirkan: ${after('berkas')}`;
    default:
      return action;
  }
}

export function toArchiveHistory(e: { id: number; action: string; actor: string; at: string; changes: FieldChanges; reason: string | null }): ArchiveHistoryEntry {
  return { id: e.id, action: e.action, actor: e.actor, at: e.at, reason: e.reason, summary: summariseArchiveAction(e.action, e.changes) };
}
