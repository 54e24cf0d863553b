import type { LetterFontChoice, LetterKind, LetterRouteStop, LetterState, LetterVersionSummary, RouteRole } from '../../../../shared/letters/letter-records';
import type { OfficeTimeZone } from '../../../../shared/office/time-zones';
import { formatLongDate, formatTime } from '../../../../shared/time/indonesian-dates';

/** "Senin, 23 November 2026 15.02 WIB": a moment in a letter's life as the screens write it. */
export function formatMoment(iso: string, zone: OfficeTimeZone): string {
  return `${formatLongDate(iso, zone)} ${formatTime(iso, zone)}`;
}

export const VERSION_REASON_LABELS: Record<LetterVersionSummary['reason'], string> = {
  simpan: 'Disimpan penyusun',
  ajukan: 'Diajukan untuk paraf',
  perbaikan: 'Dikoreksi saat paraf',
  'tanda-tangan': 'Versi yang ditandatangani',
};

export const ROUTE_ROLE_LABELS: Record<RouteRole, string> = {
  penyusun: 'Penyusun',
  paraf: 'Paraf',
  'penanda-tangan': 'Penanda tangan',
};

/** What a stop of the route has done, in the words of the paraf sheet. */
export function stopStateText(stop: LetterRouteStop): string {
  if (stop.state === 'giliran') return stop.role === 'penanda-tangan' ? 'Menunggu tanda tangan' : 'Menunggu paraf';
  if (stop.state === 'menunggu') return 'Belum';
  if (stop.role === 'penyusun') return 'Diajukan';
  return stop.role === 'penanda-tangan' ? 'Ditandatangani' : 'Diparaf';
}

/** The colour family of a letter state; the word is always shown next to it. */
export const STATE_TONE: Record<LetterState, 'draft' | 'moving' | 'returned' | 'signed' | 'sent' | 'cancelled'> = {
  konsep: 'draft',
  paraf: 'moving',
  dikembalikan: 'returned',
  ditandatangani: 'signed',
  terkirim: 'sent',
  dibatalkan: 'cancelled',
};

/** The first characters of a content hash: enough to tell two versions apart by eye. */
export const hashPrefix = (hash: string | null | undefined) => (hash ? hash.slice(0, 12) : '—');

/** The button that drafts a letter of a kind from a complaint. */
export const LETTER_CREATE_LABELS: Record<LetterKind, string> = {
  'nota-dinas': 'Buat konsep nota dinas',
  'surat-jawaban': 'Buat konsep surat jawaban',
};

export const FONT_LABELS: Record<LetterFontChoice, string> = {
  arial: 'Arial',
  times: 'Times New Roman',
  bookman: 'Bookman Old Style',
};
