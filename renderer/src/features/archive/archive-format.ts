import { FINAL_DISPOSITION_LABELS, locationText } from '../../../../shared/archive/archive-enums';
import type { ArchiveEntrySummary, ArchiveRetention } from '../../../../shared/archive/archive-records';
import { formatDay } from '../../../../shared/time/indonesian-dates';

/** "Aktif s.d. 19 November 2028 · inaktif s.d. 19 November 2031 · lalu dinilai kembali". */
export function retentionText(r: Pick<ArchiveRetention, 'activeUntil' | 'inactiveUntil' | 'disposition'>): string {
  return `Aktif s.d. ${formatDay(r.activeUntil)} · inaktif s.d. ${formatDay(r.inactiveUntil)} · lalu ${FINAL_DISPOSITION_LABELS[r.disposition].toLowerCase()}`;
}

export const STAGE_LABELS: Record<ArchiveRetention['stage'], string> = {
  aktif: 'Aktif',
  inaktif: 'Inaktif',
  'jatuh tempo': 'Jatuh tempo retensi',
};

export const entryLocation = (e: Pick<ArchiveEntrySummary, 'location'>) => locationText(e.location) || 'Lokasi belum diisi';
