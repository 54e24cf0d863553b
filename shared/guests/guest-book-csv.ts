import type { OfficeTimeZone } from '../office/time-zones';
import { formatTime, officeDayOf } from '../time/indonesian-dates';
import type { GuestVisit } from './guest-visit';
import { VISIT_PURPOSE_LABELS } from './visit-purpose';

/**
 * The guest book as CSV for Excel as Indonesian offices have it: semicolon-separated
 * (Excel's list separator in the id-ID locale), UTF-8 with a byte-order mark so names
 * with diacritics open correctly, CRLF line ends. NIK and phone are written as text
 * (="…") so Excel keeps leading zeros and all 16 digits.
 */
export function guestBookCsv(visits: GuestVisit[], zone: OfficeTimeZone): string {
  const header = [
    'No', 'Tanggal', `Jam Masuk (${zone})`, `Jam Keluar (${zone})`, 'Nama', 'NIK', 'Telepon', 'Alamat',
    'Instansi/Organisasi', 'Keperluan', 'Yang Ditemui', 'Catatan', 'Status', 'Alasan Pembatalan', 'Dicatat Oleh',
  ];
  const lines = visits.map((v, i) => [
    String(i + 1),
    officeDayOf(v.timeIn, zone),
    formatTime(v.timeIn, zone, false),
    v.timeOut ? formatTime(v.timeOut, zone, false) : '',
    v.name,
    asText(v.nik),
    asText(v.phone),
    v.address,
    v.institution,
    v.purpose === 'lainnya' ? `Lainnya: ${v.purposeOther}` : VISIT_PURPOSE_LABELS[v.purpose],
    v.host,
    v.notes,
    v.status === 'aktif' ? 'Aktif' : 'Dibatalkan',
    v.cancelReason ?? '',
    v.createdBy,
  ]);
  return '\uFEFF' + [header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function asText(digits: string): string {
  return digits === '' ? '' : `="${digits}"`;
}

function csvCell(value: string): string {
  // A cell starting with = + - @ is a formula to Excel; only our own ="…" wrappers may be.
  if (/^="\d+"$/.test(value)) return value;
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
