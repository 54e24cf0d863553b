/**
 * The vocabulary of printing: which documents the office prints, on which paper, how, and
 * what became of a job. Codes are stored; labels are shown.
 */

/** Each kind can go to its own printer: receipts to the counter's, letters to the sekretariat's. */
export const DOCUMENT_KINDS = [
  'tanda-terima', 'lembar-disposisi', 'nota-dinas', 'surat-jawaban', 'sk-tim',
  'tanda-terima-penyampaian', 'label-arsip', 'buku-tamu', 'lainnya',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'tanda-terima': 'Tanda terima pengaduan',
  'lembar-disposisi': 'Lembar disposisi',
  'nota-dinas': 'Nota dinas',
  'surat-jawaban': 'Surat jawaban',
  'sk-tim': 'SK Tim',
  'tanda-terima-penyampaian': 'Tanda terima penyampaian surat',
  'label-arsip': 'Label arsip',
  'buku-tamu': 'Buku tamu',
  lainnya: 'Dokumen lain',
};

/**
 * Paper in the printer's tray. F4 is the Indonesian folio (215 × 330 mm); "215x165mm" is
 * half of it, the usual lembar disposisi slip; "100x50mm" the roll of a label printer for
 * archive folders.
 */
export const PRINT_PAPERS = ['A4', 'F4', 'A5', '215x165mm', '100x50mm'] as const;
export type PrintPaper = (typeof PRINT_PAPERS)[number];
export const PRINT_PAPER_LABELS: Record<PrintPaper, string> = {
  A4: 'A4 (210 × 297 mm)',
  F4: 'F4 / folio (215 × 330 mm)',
  A5: 'A5 (148 × 210 mm)',
  '215x165mm': '½ folio (215 × 165 mm)',
  '100x50mm': 'Label 100 × 50 mm',
};
/** Width and height of each paper in millimetres, for drivers that take dimensions. */
export const PRINT_PAPER_MM: Record<PrintPaper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
  A5: { width: 148, height: 210 },
  '215x165mm': { width: 215, height: 165 },
  '100x50mm': { width: 100, height: 50 },
};

/** 'langsung': straight to the printer without a dialog; 'dialog': the system print dialog. */
export const PRINT_METHODS = ['langsung', 'dialog'] as const;
export type PrintMethod = (typeof PRINT_METHODS)[number];
export const PRINT_METHOD_LABELS: Record<PrintMethod, string> = {
  langsung: 'Langsung ke printer',
  dialog: 'Lewat dialog cetak',
};

/** 'terkirim': handed to the printer (or its dialog); 'gagal': refused, with the reason kept. */
export const PRINT_STATUSES = ['terkirim', 'gagal'] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];
export const PRINT_STATUS_LABELS: Record<PrintStatus, string> = { terkirim: 'Terkirim', gagal: 'Gagal' };

export const PRINTER_STATES = ['siap', 'mencetak', 'berhenti', 'tidak-diketahui'] as const;
export type PrinterState = (typeof PRINTER_STATES)[number];
export const PRINTER_STATE_LABELS: Record<PrinterState, string> = {
  siap: 'Siap',
  mencetak: 'Sedang mencetak',
  berhenti: 'Berhenti',
  'tidak-diketahui': 'Status tidak diketahui',
};

/** Most copies one print may ask for: a receipt in triplicate is normal, a hundred is a slip of the finger. */
export const MAX_PRINT_COPIES = 20;
