import type { ComplaintHistoryEntry } from '../../../shared/complaints/complaint';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import type { FieldChanges } from '../audit/audit-log';

export const COMPLAINT_ENTITY = 'complaint';

const statusLabel = (s: string | null) => (s ? (COMPLAINT_STATUS_LABELS[s as ComplaintStatus] ?? s) : '—');

/** One audit entry of a complaint in the plain Indonesian the case page and the progress desk show. */
export function summarise(action: string, changes: FieldChanges): string {
  const after = (field: string) => changes[field]?.[1] ?? '';
  switch (action) {
    case 'dibuat':
      return 'Pengaduan dicatat di register';
    case 'status': {
      const [from, to] = changes.status ?? [null, null];
      return from === 'ditutup' || from === 'ditolak' || from === 'bukan_kewenangan' || (from === 'selesai' && to === 'diproses')
        ? `Pengaduan dibuka kembali (dari ${statusLabel(from)} menjadi ${statusLabel(to)})`
        : `Status diubah dari ${statusLabel(from)} menjadi ${statusLabel(to)}`;
    }
    case 'diselesaikan_di_loket':
      return 'Diselesaikan langsung di loket dan ditutup';
    case 'ditautkan':
      return `Ditautkan dengan pengaduan ${after('terkait')}`;
    case 'digabung_ke':
      return `Digabung ke pengaduan ${after('digabung_ke')}; riwayatnya tetap tersimpan`;
    case 'digabung_dari':
      return `Pengaduan ${after('digabung_dari')} digabungkan ke pengaduan ini`;
    case 'identitas_dibuka':
      return 'Identitas pelapor rahasia dibuka';
    case 'konsultasi':
      return 'Catatan konsultasi dicatat';
    case 'surat_dibuat':
      return 'Konsep surat dibuat (menu Surat)';
    default:
      return action;
  }
}

export function toHistoryEntry(e: { id: number; action: string; actor: string; at: string; changes: FieldChanges; reason: string | null }): ComplaintHistoryEntry {
  return { ...e, summary: summarise(e.action, e.changes) };
}
