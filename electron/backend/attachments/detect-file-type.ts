import { looksLikeZip, readZipListing, type ZipListing } from './zip-entry-names';

/**
 * Decides what an attachment is from its CONTENT (magic numbers, ZIP entries, OLE stream
 * names). The file name is only a hint: it picks the right wording when the name lies, it
 * allows plain text only as .txt, and it refuses scripts that plain text could hide. An
 * accepted file is later stored without extension and always handed back under the
 * extension found here, so a renamed program can never be opened as what it claims to be.
 */

/** How the renderer treats an accepted file: previewed (pdf, image) or only downloaded. */
export type AttachmentKind = 'pdf' | 'image' | 'office' | 'text';

/** The verdict on one file. `note` explains an extension that did not match the content. */
export type FileTypeResult =
  | { ok: true; mimeType: string; kind: AttachmentKind; extension: string; note?: string }
  | { ok: false; message: string };

/** Said when the content matches nothing accepted. */
export const UNRECOGNISED_MESSAGE =
  'Jenis berkas tidak dikenali atau tidak diterima. Lampiran yang diterima: PDF, gambar (JPG, PNG, GIF, WebP, TIFF), dan dokumen Office/OpenDocument.';
/** Said for Office documents that carry a VBA project. */
export const MACRO_MESSAGE =
  'Dokumen Office bermakro tidak diterima karena dapat menjalankan program. Simpan ulang sebagai .docx/.xlsx tanpa makro.';
export const EMPTY_MESSAGE = 'Berkas kosong: tidak ada isinya. Pilih berkas yang benar.';
export const PROGRAM_MESSAGE = 'Berkas program tidak diterima karena dapat dijalankan di komputer.';
export const SCRIPT_MESSAGE = 'Berkas skrip tidak diterima karena dapat menjalankan program.';
export const HTML_MESSAGE = 'Halaman web (HTML) tidak diterima karena dapat menjalankan skrip. Simpan halamannya sebagai PDF, lalu lampirkan PDF-nya.';
export const SVG_MESSAGE = 'Gambar SVG tidak diterima karena dapat menjalankan skrip. Simpan gambarnya sebagai PNG atau PDF.';
export const ARCHIVE_MESSAGE = 'Arsip (ZIP, RAR, 7z, dan sejenisnya) tidak diterima karena isinya tidak dapat diperiksa. Lampirkan dokumennya satu per satu.';
export const DAMAGED_ZIP_MESSAGE = 'Dokumen ini rusak dan tidak dapat dibaca. Simpan ulang dokumennya, lalu lampirkan lagi.';
export const ODF_MACRO_MESSAGE = 'Dokumen OpenDocument bermakro tidak diterima karena dapat menjalankan program. Simpan ulang tanpa makro.';
export const HEIC_MESSAGE = 'Foto HEIC/AVIF (dari ponsel) belum diterima. Kirim ulang fotonya sebagai JPG atau PNG.';
export const TEXT_ENCODING_MESSAGE = 'Berkas teks ini tidak memakai pengodean UTF-8. Buka di Notepad, pilih Simpan Sebagai dengan pengodean UTF-8, lalu lampirkan lagi.';
export const TEXT_NOT_TXT_MESSAGE = 'Berkas teks hanya diterima dengan akhiran .txt. Simpan ulang sebagai .txt atau PDF.';

interface FileType {
  mimeType: string;
  kind: AttachmentKind;
  extension: string;
  /** How the content is named in a message ("gambar PNG"). */
  label: string;
  /** Other extensions that honestly name this content. */
  aliases?: string[];
}

const type = (extension: string, mimeType: string, kind: AttachmentKind, label: string, aliases: string[] = []): FileType => ({
  extension, mimeType, kind, label, aliases,
});
const OOXML = 'application/vnd.openxmlformats-officedocument.';
const ODF = 'application/vnd.oasis.opendocument.';

const TYPES = {
  pdf: type('pdf', 'application/pdf', 'pdf', 'PDF'),
  png: type('png', 'image/png', 'image', 'gambar PNG'),
  jpeg: type('jpg', 'image/jpeg', 'image', 'gambar JPG', ['jpeg', 'jpe', 'jfif']),
  gif: type('gif', 'image/gif', 'image', 'gambar GIF'),
  webp: type('webp', 'image/webp', 'image', 'gambar WebP'),
  tiff: type('tiff', 'image/tiff', 'image', 'gambar TIFF', ['tif']),
  docx: type('docx', `${OOXML}wordprocessingml.document`, 'office', 'dokumen Word (.docx)'),
  xlsx: type('xlsx', `${OOXML}spreadsheetml.sheet`, 'office', 'lembar kerja Excel (.xlsx)'),
  pptx: type('pptx', `${OOXML}presentationml.presentation`, 'office', 'presentasi PowerPoint (.pptx)'),
  doc: type('doc', 'application/msword', 'office', 'dokumen Word lama (.doc)', ['dot']),
  xls: type('xls', 'application/vnd.ms-excel', 'office', 'lembar kerja Excel lama (.xls)', ['xlt']),
  ppt: type('ppt', 'application/vnd.ms-powerpoint', 'office', 'presentasi PowerPoint lama (.ppt)', ['pps', 'pot']),
  rtf: type('rtf', 'application/rtf', 'office', 'dokumen RTF'),
  txt: type('txt', 'text/plain', 'text', 'teks biasa'),
} satisfies Record<string, FileType>;

/** OpenDocument subtypes (the text of the `mimetype` entry after the common prefix). */
const ODF_TYPES: Record<string, FileType> = {
  text: type('odt', `${ODF}text`, 'office', 'dokumen OpenDocument (.odt)'),
  spreadsheet: type('ods', `${ODF}spreadsheet`, 'office', 'lembar kerja OpenDocument (.ods)'),
  presentation: type('odp', `${ODF}presentation`, 'office', 'presentasi OpenDocument (.odp)'),
  graphics: type('odg', `${ODF}graphics`, 'office', 'gambar OpenDocument (.odg)'),
  'text-template': type('ott', `${ODF}text-template`, 'office', 'templat OpenDocument (.ott)'),
  'spreadsheet-template': type('ots', `${ODF}spreadsheet-template`, 'office', 'templat OpenDocument (.ots)'),
  'presentation-template': type('otp', `${ODF}presentation-template`, 'office', 'templat OpenDocument (.otp)'),
};

/** Names that run code when opened, whatever their bytes look like. */
const SCRIPT_EXTENSIONS = new Set([
  'js', 'mjs', 'cjs', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'ps1', 'psm1', 'bat', 'cmd', 'sh', 'hta', 'py', 'pl', 'rb', 'php', 'reg', 'scf', 'url',
]);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml']);

interface Refusal {
  message: string;
  /**
   * What the content really is, for "the name says .pdf, but it is …"; null when the name
   * may well be right (a .docx with macros, a damaged .docx) and only the content is at fault.
   */
  what: string | null;
}
const refusal = (message: string, what: string | null): Refusal => ({ message, what });

/** Decides the type of an attachment from its bytes; the name only refines the wording. */
export function detectFileType(bytes: Uint8Array, fileName: string): FileTypeResult {
  if (bytes.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  const claimed = extensionOf(fileName);
  const found = sniff(bytes, claimed);
  if ('message' in found) {
    const honest = claimedType(claimed);
    const lie = honest && found.what ? ` Namanya berakhiran .${claimed}, tetapi isinya ${found.what}, bukan ${honest.label}.` : '';
    return { ok: false, message: found.message + lie };
  }
  const { mimeType, kind, extension } = found;
  const honest = claimed === '' || claimed === found.extension || (found.aliases ?? []).includes(claimed);
  if (honest) return { ok: true, mimeType, kind, extension };
  const note = `Nama berkas berakhiran .${claimed}, tetapi isinya ${found.label}; berkas disimpan sebagai .${extension}.`;
  return { ok: true, mimeType, kind, extension, note };
}

/** The lower-case extension of a file name ("" when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).trim().toLowerCase() : '';
}

function claimedType(extension: string): FileType | undefined {
  if (extension === '') return undefined;
  return [...Object.values(TYPES), ...Object.values(ODF_TYPES)].find((t) => t.extension === extension || (t.aliases ?? []).includes(extension));
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const latin1 = new TextDecoder('latin1');
const asciiAt = (bytes: Uint8Array, at: number, length: number) => latin1.decode(bytes.subarray(at, at + length));

function sniff(bytes: Uint8Array, claimed: string): FileType | Refusal {
  if (startsWith(bytes, ascii('%PDF-'))) return TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return TYPES.gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return TYPES.webp;
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return TYPES.tiff;

  const program = sniffProgram(bytes);
  if (program) return program;
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = asciiAt(bytes, 8, 4);
    return ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis'].includes(brand)
      ? refusal(HEIC_MESSAGE, 'foto HEIC/AVIF')
      : refusal(UNRECOGNISED_MESSAGE, 'video atau suara');
  }
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  if (isOtherArchive(bytes)) return refusal(ARCHIVE_MESSAGE, 'arsip');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(bytes, claimed);
  if (startsWith(bytes, ascii('{\\rtf'))) return TYPES.rtf;
  return sniffText(bytes, claimed) ?? refusal(UNRECOGNISED_MESSAGE, 'berkas jenis lain');
}

function sniffProgram(bytes: Uint8Array): Refusal | null {
  const what = (kind: string) => refusal(PROGRAM_MESSAGE, `program ${kind}`);
  if (startsWith(bytes, ascii('MZ'))) return what('Windows (EXE/DLL)');
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return what('Linux (ELF)');
  const machO = [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]];
  if (machO.some((magic) => startsWith(bytes, magic))) return what('macOS/Java');
  if (startsWith(bytes, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) return what('(pintasan Windows)');
  // A shebang makes a text file a script on every system that honours it, UTF-8 BOM or not.
  if (startsWith(bytes, ascii('#!')) || startsWith(bytes, [0xef, 0xbb, 0xbf, 0x23, 0x21])) return refusal(SCRIPT_MESSAGE, 'skrip');
  return null;
}

function isOtherArchive(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, ascii('Rar!\x1a\x07')) ||
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || // 7z
    startsWith(bytes, [0x1f, 0x8b]) || // gzip
    startsWith(bytes, ascii('BZh')) ||
    startsWith(bytes, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) || // xz
    startsWith(bytes, [0x28, 0xb5, 0x2f, 0xfd]) || // zstd
    startsWith(bytes, ascii('MSCF')) || // Windows cabinet
    startsWith(bytes, ascii('ustar'), 257)
  );
}

function sniffZip(bytes: Uint8Array): FileType | Refusal {
  const zip = readZipListing(bytes);
  if (!zip) return refusal(DAMAGED_ZIP_MESSAGE, null);
  const odf = sniffOpenDocument(zip);
  if (odf) return odf;
  const lower = zip.names.map((n) => n.toLowerCase());
  if (lower.includes('[content_types].xml')) {
    if (lower.some((n) => n.endsWith('vbaproject.bin'))) return refusal(MACRO_MESSAGE, null);
    if (lower.some((n) => n.startsWith('word/'))) return TYPES.docx;
    if (lower.some((n) => n.startsWith('xl/'))) return TYPES.xlsx;
    if (lower.some((n) => n.startsWith('ppt/'))) return TYPES.pptx;
    return refusal(UNRECOGNISED_MESSAGE, 'dokumen jenis lain');
  }
  if (lower.some((n) => n === 'classes.dex' || n === 'androidmanifest.xml' || n === 'meta-inf/manifest.mf')) {
    return refusal(PROGRAM_MESSAGE, 'paket program (Android/Java)');
  }
  return refusal(ARCHIVE_MESSAGE, 'arsip ZIP');
}

/** OpenDocument: the first entry is an uncompressed `mimetype` naming the document type. */
function sniffOpenDocument(zip: ZipListing): FileType | Refusal | null {
  if (zip.firstLocalName !== 'mimetype' || !zip.firstLocalStoredText?.startsWith(ODF)) return null;
  const subtype = zip.firstLocalStoredText.slice(ODF.length).trim();
  const found = ODF_TYPES[subtype];
  if (!found) return refusal(UNRECOGNISED_MESSAGE, 'dokumen OpenDocument jenis lain');
  // Basic/<library>/<module>.xml holds macro code; the library indexes alone are harmless
  // (LibreOffice writes them into documents that have no macros at all).
  const hasMacro = zip.names.some(
    (n) => n.startsWith('Scripts/') || (/^Basic\/[^/]+\/[^/]+\.xml$/.test(n) && !/\/script-l[bc]\.xml$/.test(n)),
  );
  return hasMacro ? refusal(ODF_MACRO_MESSAGE, null) : found;
}

/**
 * Legacy Office (OLE2 compound file). Its directory entries are 128-byte records whose
 * names are UTF-16LE, so the streams that mark a Word, Excel or PowerPoint file — and a
 * VBA project — are found by name at a 128-byte boundary, without walking the FAT. The
 * extension only breaks a tie (a Word file with an embedded sheet holds both streams).
 */
function sniffOle(bytes: Uint8Array, claimed: string): FileType | Refusal {
  if (claimed === 'msi' || claimed === 'msp') return refusal(PROGRAM_MESSAGE, 'penginstal Windows (MSI)');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (hasOleEntry(buffer, '_VBA_PROJECT', true)) return refusal(MACRO_MESSAGE, null);
  const present = [
    { type: TYPES.doc, found: hasOleEntry(buffer, 'WordDocument') },
    { type: TYPES.xls, found: hasOleEntry(buffer, 'Workbook') || hasOleEntry(buffer, 'Book') },
    { type: TYPES.ppt, found: hasOleEntry(buffer, 'PowerPoint Document') },
  ].filter((c) => c.found).map((c) => c.type);
  const hinted = present.find((t) => t.extension === claimed || (t.aliases ?? []).includes(claimed));
  return hinted ?? present[0] ?? refusal(UNRECOGNISED_MESSAGE, 'berkas Office lama yang tidak dikenali');
}

function hasOleEntry(buffer: Buffer, name: string, prefix = false): boolean {
  // The name is NUL-terminated unless we only want its prefix (_VBA_PROJECT_CUR, …).
  const needle = Buffer.from(prefix ? name : `${name}\0`, 'utf16le');
  for (let at = buffer.indexOf(needle, 512); at >= 0; at = buffer.indexOf(needle, at + 1)) {
    if (at % 128 === 0) return true;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Plain UTF-8 text, accepted only as .txt, and never markup that a browser would run. */
function sniffText(bytes: Uint8Array, claimed: string): FileType | Refusal | null {
  // A .txt in UTF-16 (a BOM, then NULs) or in a Windows code page is text all the same:
  // say how to resave it rather than calling it unknown.
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (bytes.includes(0) && !utf16) return null;
  let text: string;
  try {
    if (utf16) throw new Error('UTF-16');
    text = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return claimed === 'txt' ? refusal(TEXT_ENCODING_MESSAGE, null) : null;
  }
  const head = text.slice(0, 4096).toLowerCase();
  if (/<svg[\s>]/.test(head) || claimed === 'svg' || claimed === 'svgz') return refusal(SVG_MESSAGE, 'gambar SVG');
  if (/<!doctype\s+html|<(html|head|body|script|iframe|object|embed)[\s>]/.test(head) || HTML_EXTENSIONS.has(claimed)) {
    return refusal(HTML_MESSAGE, 'halaman web (HTML)');
  }
  if (SCRIPT_EXTENSIONS.has(claimed)) return refusal(SCRIPT_MESSAGE, 'skrip');
  if (claimed === 'txt') return TYPES.txt;
  return refusal(TEXT_NOT_TXT_MESSAGE, 'teks biasa');
}
