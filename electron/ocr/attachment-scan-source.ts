/**
 * A complaint attachment read by OCR is recorded as a scanned document with this
 * `scanned_documents.source` (beside the scanner's 'sane' | 'wia' | 'folder' | 'berkas' |
 * 'campuran'), so the OCR queue, the page index and the register search treat it like a
 * scan — while the archive, which files attachments as attachments, leaves it out.
 */
export const ATTACHMENT_SCAN_SOURCE = 'lampiran';

/** The attachment types that hold pages of text worth reading. */
export const OCR_ATTACHMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;

/** Pages read per attachment; the rest of a longer file stays unread (said beside the file on the case page, and in the audit log). */
export const MAX_OCR_PAGES_PER_ATTACHMENT = 30;
