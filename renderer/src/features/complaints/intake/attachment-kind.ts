/** The type of an attachment in words, from the MIME type the backend read from its content. */
export function attachmentKindLabel(mimeType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'image/jpeg': 'Gambar JPEG',
    'image/png': 'Gambar PNG',
    'image/gif': 'Gambar GIF',
    'image/webp': 'Gambar WebP',
    'image/tiff': 'Gambar TIFF',
    'application/msword': 'Dokumen Word',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Dokumen Word',
    'application/vnd.ms-excel': 'Lembar kerja Excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Lembar kerja Excel',
    'application/vnd.ms-powerpoint': 'Presentasi PowerPoint',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'Presentasi PowerPoint',
    'application/vnd.oasis.opendocument.text': 'Dokumen ODT',
    'application/vnd.oasis.opendocument.spreadsheet': 'Lembar kerja ODS',
  };
  return known[mimeType] ?? mimeType;
}

/** A short tag for the icon of a file without a picture preview ("PDF", "DOC", "XLS"). */
export function attachmentTag(mimeType: string): string {
  if (mimeType === 'application/pdf') return 'PDF';
  if (mimeType.startsWith('image/')) return 'IMG';
  if (/word|opendocument\.text/.test(mimeType)) return 'DOC';
  if (/excel|spreadsheet/.test(mimeType)) return 'XLS';
  if (/powerpoint|presentation/.test(mimeType)) return 'PPT';
  return 'FILE';
}
