/**
 * How far OCR has read a complaint attachment, so the case page can say whether a word
 * search covers it. `pages` are the pages queued (at most 30 of an attachment), `total`
 * the file's own page count (null when unknown: recorded before it was kept, or a scan
 * whose pages are all queued).
 */
export interface AttachmentOcr {
  pages: number;
  total: number | null;
  read: number;
  waiting: number;
  failed: number;
}

const pageRange = (from: number, to: number) => (from === to ? `halaman ${from}` : `halaman ${from}–${to}`);

/** The state in one line, e.g. "Teks terbaca untuk pencarian: 30 dari 45 halaman (halaman 31–45 tidak dibaca)". */
export function attachmentOcrText(ocr: AttachmentOcr): string {
  const total = ocr.total ?? ocr.pages;
  if (ocr.pages === 0) return total === 0 ? 'Teks tidak dibaca: berkas tidak dapat dibuka' : 'Teks tidak dibaca';
  const unread = total > ocr.pages ? ` (${pageRange(ocr.pages + 1, total)} tidak dibaca)` : '';
  const failed = ocr.failed > 0 ? `; ${ocr.failed} halaman gagal dibaca` : '';
  if (ocr.waiting > 0) return `Teks sedang dibaca: ${ocr.read} dari ${ocr.pages} halaman selesai${unread}${failed}`;
  if (ocr.read === 0) return `Teks tidak terbaca: ${ocr.failed} halaman gagal dibaca${unread}`;
  const whole = total > ocr.pages || ocr.read < total ? `${ocr.read} dari ${total} halaman` : `${ocr.read} halaman`;
  return `Teks terbaca untuk pencarian: ${whole}${unread}${failed}`;
}
