import type { ArchiveDocumentKind } from '../shared/archive/archive-enums';
import { DEFAULT_CLASSIFICATIONS } from '../shared/archive/default-classifications';
import { complaintText, indonesianDate, RowRandom } from './complaint-corpus';

/**
 * What an archive of scanned replies holds after years of complaint handling: reply
 * letters, receipts, decrees, with the OCR text of their pages written from the same
 * phrase banks as the complaint register (complaint-corpus.ts), wrapped in the letter
 * templates a Dinas uses, and the noise OCR adds (a broken word here and there). Pure
 * functions of the entry number, so a build is reproducible.
 */

const OFFICIALS = ['Dra. Hj. Nurhayati Lamadjido, M.Si.', 'Ir. Andi Mappaturung, M.M.', 'Drs. Yohanis Tandiabang', 'Sitti Aisyah Lasahido, S.E., M.Ak.', 'H. Muhammad Rizal Tahir, S.H.'];
const BUILDINGS = ['A', 'B', 'Utama'];
const ROOMS = ['Arsip', 'Arsip Inaktif', 'Sekretariat'];

export interface ArchiveRow {
  kind: ArchiveDocumentKind;
  classificationCode: string;
  title: string;
  documentDate: string;
  location: { building: string; room: string; cabinet: string; shelf: string; box: string; folder: string };
  accessClass: 'biasa' | 'terbatas' | 'rahasia';
  complainant: string;
  registerNumber: string;
  /** OCR text of each scanned page; none for a paper-only file. */
  pages: string[];
}

/** Breaks a word now and then as OCR does ("pengaduan" → "pengadu an", "koperasi" → "kopera5i"). */
function ocrNoise(text: string, r: RowRandom): string {
  return text.replace(/\b(\p{L}{7,})\b/gu, (w) => (r.chance(0.03) ? w.slice(0, 4) + (r.chance(0.5) ? ' ' : '5') + w.slice(5) : w));
}

/** Entry `i` of `total`, filed in date order over `spanDays` from `firstDay`. */
export function archiveRow(i: number, total: number, names: readonly string[], firstDay: Date, spanDays: number): ArchiveRow {
  const r = new RowRandom(i, 613);
  const date = new Date(firstDay.getTime() + Math.floor((i / total) * spanDays) * 86_400_000);
  const complaint = complaintText(i * 7 + 3, date, true);
  const kind = r.weighted({ surat_jawaban_terpindai: 60, tanda_terima: 20, surat_ditandatangani: 10, sk_tim: 4, lainnya: 6 }) as ArchiveRow['kind'];
  const code = kind === 'surat_jawaban_terpindai' ? 'HM.01.1' : kind === 'tanda_terima' ? 'HM.01.2' : kind === 'sk_tim' ? 'HM.01.4' : r.pick(DEFAULT_CLASSIFICATIONS).code;
  const complainant = r.pick(names);
  const year = date.getUTCFullYear();
  const registerNumber = `${String(r.int(1, 2400)).padStart(3, '0')}/ADU/HM.01/${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][date.getUTCMonth()]}/${year}`;
  const letterNumber = `${r.int(100, 999)}/${r.int(1, 400)}/DISKOP-UKM/${year}`;
  const official = r.pick(OFFICIALS);
  const title = kind === 'tanda_terima' ? `Tanda terima jawaban: ${complaint.subject}` : kind === 'sk_tim' ? `SK Tim penanganan: ${complaint.subject}` : `Jawaban: ${complaint.subject}`;
  const scanned = r.chance(0.92);
  const first = [
    'PEMERINTAH PROVINSI SULAWESI TENGAH', 'DINAS KOPERASI DAN USAHA KECIL MENENGAH',
    `Palu, ${indonesianDate(date)}`, `Nomor : ${letterNumber}`, 'Sifat : Biasa', `Hal : Jawaban atas pengaduan nomor ${registerNumber}`,
    `Yth. Sdr/i ${complainant}`, 'di Tempat',
    `Dengan hormat, menindaklanjuti pengaduan Saudara tentang ${complaint.subject.toLowerCase()} yang kami terima dan catat dalam register pengaduan, bersama ini kami sampaikan hal-hal sebagai berikut.`,
    complaint.description,
  ].join('\n');
  const second = [
    `Berdasarkan hasil klarifikasi ${complaint.unitComplained || 'unit terkait'}, permasalahan tersebut telah ditindaklanjuti sesuai ketentuan yang berlaku.`,
    complaint.requestedAction ? `Atas permintaan Saudara (${complaint.requestedAction.toLowerCase()}), kami akan menyampaikan perkembangannya paling lambat dalam 14 hari kerja.` : '',
    'Demikian kami sampaikan, atas perhatian Saudara kami ucapkan terima kasih.',
    'a.n. Kepala Dinas', 'Sekretaris,', official,
  ].filter(Boolean).join('\n');
  const pages = !scanned ? [] : kind === 'tanda_terima' ? [ocrNoise(first.split('\n').slice(0, 8).join('\n') + `\nDiterima oleh ${complainant}`, r)] : r.chance(0.6) ? [ocrNoise(first, r), ocrNoise(second, r)] : [ocrNoise(`${first}\n${second}`, r)];
  return {
    kind,
    classificationCode: code,
    title: title.length > 300 ? title.slice(0, 300) : title,
    documentDate: date.toISOString().slice(0, 10),
    location: {
      building: r.pick(BUILDINGS), room: r.pick(ROOMS), cabinet: String(r.int(1, 20)), shelf: String(r.int(1, 6)), box: String(r.int(1, 400)), folder: String(r.int(1, 50)),
    },
    accessClass: r.weighted({ biasa: 85, terbatas: 10, rahasia: 5 }),
    complainant,
    registerNumber,
    pages,
  };
}

/** What an archivist types: topic words common to rare, a name, a place, a letter's word. */
export const ARCHIVE_SEARCH_TERMS: readonly string[] = [
  'koperasi', 'jawaban', 'bantuan', 'izin', 'hibah koperasi', 'klarifikasi', 'pungli', 'BPJS', 'sampah', 'jalan rusak',
  'puskesmas', 'Tawaeli', 'Watusampu', 'stunting', 'sertifikat halal', 'Mappaturung', 'tanda terima', 'DTKS', 'drainase', 'Kawatuna',
];
