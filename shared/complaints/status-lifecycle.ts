import type { ComplaintStatus } from './complaint-enums';

/**
 * Which status may follow which. The main line is diterima → diverifikasi → diproses →
 * dijawab → selesai → ditutup; "bukan kewenangan" (returned or forwarded elsewhere) and
 * "ditolak" may end a matter early; a closed, refused or not-ours matter can be reopened
 * (back to diproses). Every change needs a reason.
 */
export const STATUS_TRANSITIONS: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  diterima: ['diverifikasi', 'bukan_kewenangan', 'ditolak'],
  diverifikasi: ['diproses', 'bukan_kewenangan', 'ditolak'],
  diproses: ['dijawab', 'bukan_kewenangan'],
  dijawab: ['selesai', 'diproses'],
  selesai: ['ditutup', 'diproses'],
  ditutup: ['diproses'],
  bukan_kewenangan: ['diproses'],
  ditolak: ['diproses'],
};

/** Statuses in which nothing more is expected of the office. */
export const FINISHED_STATUSES: readonly ComplaintStatus[] = ['selesai', 'ditutup', 'bukan_kewenangan', 'ditolak'];

export function canMoveTo(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Reopening is a move out of a finished status back to work. */
export function isReopening(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return FINISHED_STATUSES.includes(from) && to === 'diproses';
}
