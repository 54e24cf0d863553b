/**
 * The archive's fixed vocabularies. Stored values are short Indonesian words without
 * spaces (they also end up in URLs and CSV), labels are what the archivist reads.
 */

/** What kind of document an archive entry holds. */
export const ARCHIVE_DOCUMENT_KINDS = ['surat_jawaban_terpindai', 'tanda_terima', 'surat_ditandatangani', 'sk_tim', 'lainnya'] as const;
export type ArchiveDocumentKind = (typeof ARCHIVE_DOCUMENT_KINDS)[number];

export const ARCHIVE_DOCUMENT_KIND_LABELS: Record<ArchiveDocumentKind, string> = {
  surat_jawaban_terpindai: 'Surat jawaban terpindai',
  tanda_terima: 'Tanda terima',
  surat_ditandatangani: 'Surat ditandatangani',
  sk_tim: 'SK Tim',
  lainnya: 'Lainnya',
};

/**
 * Who may see an entry: 'biasa' every signed-in clerk; 'terbatas' listed to every clerk but
 * each opening of its file is recorded; 'rahasia' listed only to holders of the
 * "lihat-arsip-rahasia" permission.
 */
export const ACCESS_CLASSES = ['biasa', 'terbatas', 'rahasia'] as const;
export type AccessClass = (typeof ACCESS_CLASSES)[number];

export const ACCESS_CLASS_LABELS: Record<AccessClass, string> = {
  biasa: 'Biasa',
  terbatas: 'Terbatas',
  rahasia: 'Rahasia',
};

/** What happens to a file when its inactive period ends (the retention schedule, JRA). */
export const FINAL_DISPOSITIONS = ['musnah', 'permanen', 'dinilai kembali'] as const;
export type FinalDisposition = (typeof FINAL_DISPOSITIONS)[number];

export const FINAL_DISPOSITION_LABELS: Record<FinalDisposition, string> = {
  musnah: 'Musnah',
  permanen: 'Permanen',
  'dinilai kembali': 'Dinilai kembali',
};

/** OCR state of one scanned page (the scanner writes 'menunggu'; the OCR queue the rest). */
export const OCR_STATUSES = ['menunggu', 'selesai', 'gagal'] as const;
export type OcrStatus = (typeof OCR_STATUSES)[number];

/** Where the physical file sits, from the building down to the folder. */
export const LOCATION_FIELDS = ['building', 'room', 'cabinet', 'shelf', 'box', 'folder'] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];

export const LOCATION_LABELS: Record<LocationField, string> = {
  building: 'Gedung',
  room: 'Ruang',
  cabinet: 'Lemari',
  shelf: 'Rak',
  box: 'Boks',
  folder: 'Map',
};

/**
 * "Gedung A · Ruang Arsip · Lemari 2 · Rak 3 · Boks 12 · Map 4", empty parts left out; a
 * part typed with its own label ("Gedung Utama", "Ruang Arsip") is not labelled twice.
 */
export function locationText(location: Record<LocationField, string>): string {
  return LOCATION_FIELDS.map((f) => [LOCATION_LABELS[f], location[f].trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([label, value]) => (value.toLowerCase().startsWith(label.toLowerCase() + ' ') ? value : `${label} ${value}`))
    .join(' · ');
}
