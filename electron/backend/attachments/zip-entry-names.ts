/**
 * Reads the entry names of a ZIP archive from its central directory, without inflating
 * anything: enough to tell a .docx from a .xlsx, spot a macro project, or see that an
 * "office document" is really an arbitrary archive. Nothing is extracted or written.
 */

/** What a ZIP archive holds, as far as file-type detection needs it. */
export interface ZipListing {
  /** Entry names in central-directory order ("word/document.xml", "mimetype", …). */
  names: string[];
  /** Name of the entry whose local header starts the file (OpenDocument puts `mimetype` first). */
  firstLocalName: string | null;
  /** Leading bytes of that first entry when it is stored uncompressed (up to 100 bytes). */
  firstLocalStoredText: string | null;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_END = 0x06064b50;

/** More entries than any office document has; a bound so a crafted archive can't keep us busy. */
const MAX_ENTRIES = 20_000;
/** The end record sits in the last 22 bytes plus a comment of at most 64 KiB. */
const MAX_END_SEARCH = 22 + 0xffff;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** True when the bytes start like a ZIP archive (a local header, or the end record of an empty one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const sig = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  return sig === SIG_LOCAL || sig === SIG_END || sig === 0x08074b50;
}

/**
 * Lists a ZIP archive's entries; `null` when the archive is truncated or malformed (the
 * caller reports it as damaged rather than guessing). Handles ZIP64 end records, which
 * some tools write even for small files.
 */
export function readZipListing(bytes: Uint8Array): ZipListing | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return null;

  let count = view.getUint16(end + 10, true);
  let cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const zip64 = readZip64End(view, end);
    if (!zip64) return null;
    ({ count, cdOffset } = zip64);
  }
  if (count > MAX_ENTRIES) return null;

  const names: string[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== SIG_CENTRAL) return null;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) return null;
    names.push(decodeName(bytes.subarray(at + 46, at + 46 + nameLength), flags));
    at += 46 + nameLength + extraLength + commentLength;
  }

  return { names, ...readFirstLocalEntry(view, bytes) };
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - MAX_END_SEARCH);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === SIG_END) return at;
  }
  return -1;
}

function readZip64End(view: DataView, end: number): { count: number; cdOffset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) return null;
  const recordOffset = Number(view.getBigUint64(locator + 8, true));
  if (recordOffset + 56 > view.byteLength || view.getUint32(recordOffset, true) !== SIG_ZIP64_END) return null;
  const count = Number(view.getBigUint64(recordOffset + 32, true));
  const cdOffset = Number(view.getBigUint64(recordOffset + 48, true));
  return Number.isSafeInteger(count) && Number.isSafeInteger(cdOffset) ? { count, cdOffset } : null;
}

function readFirstLocalEntry(view: DataView, bytes: Uint8Array): Pick<ZipListing, 'firstLocalName' | 'firstLocalStoredText'> {
  if (view.byteLength < 30 || view.getUint32(0, true) !== SIG_LOCAL) return { firstLocalName: null, firstLocalStoredText: null };
  const flags = view.getUint16(6, true);
  const method = view.getUint16(8, true);
  const storedSize = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (30 + nameLength > view.byteLength) return { firstLocalName: null, firstLocalStoredText: null };
  const firstLocalName = decodeName(bytes.subarray(30, 30 + nameLength), flags);
  const dataStart = 30 + nameLength + extraLength;
  // Only a stored (method 0) entry can be read without inflating; OpenDocument requires that.
  const firstLocalStoredText =
    method === 0 && dataStart <= view.byteLength
      ? latin1.decode(bytes.subarray(dataStart, Math.min(view.byteLength, dataStart + Math.min(storedSize, 100))))
      : null;
  return { firstLocalName, firstLocalStoredText };
}

/** Bit 11 marks UTF-8 names; otherwise CP437, whose ASCII range is all that matters here. */
function decodeName(raw: Uint8Array, flags: number): string {
  return (flags & 0x0800) !== 0 ? utf8.decode(raw) : latin1.decode(raw);
}
