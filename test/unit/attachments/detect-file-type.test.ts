import ExcelJS from 'exceljs';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_MESSAGE,
  DAMAGED_ZIP_MESSAGE,
  EMPTY_MESSAGE,
  HEIC_MESSAGE,
  HTML_MESSAGE,
  MACRO_MESSAGE,
  ODF_MACRO_MESSAGE,
  PROGRAM_MESSAGE,
  SCRIPT_MESSAGE,
  SVG_MESSAGE,
  TEXT_ENCODING_MESSAGE,
  TEXT_NOT_TXT_MESSAGE,
  UNRECOGNISED_MESSAGE,
  detectFileType,
  type FileTypeResult,
} from '../../../electron/backend/attachments/detect-file-type';
import { readZipListing } from '../../../electron/backend/attachments/zip-entry-names';
import { renderPdf } from '../../../electron/documents/render-pdf';

// ---------------------------------------------------------------------------------------
// Samples, generated here: tiny images made with ImageMagick once (2×2 px, #1e5aa8), ZIP
// containers written entry by entry, a real PDF from pdfmake and a real .xlsx from exceljs.

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const PNG = b64('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVQI12OUi1rBwMDAxMDAwMDAAAANIAEkQMFZ4gAAAABJRU5ErkJggg==');
const JPEG = b64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAACAAIDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAB//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AAJQYff/2Q==',
);
const GIF = b64('R0lGODlhAgACAPAAAB5aqAAAACH5BAAAAAAALAAAAAACAAIAAAIChFEAOw==');
const WEBP = b64('UklGRjgAAABXRUJQVlA4ICwAAADQAQCdASoCAAIAAgA0JaACdLoB+AADsAD+8FMf/yz5/DZ1Of/CrcMQydAAAA==');
const TIFF = b64(
  'SUkqACAAAAAeHlpaqKgeHlpaqKgeHlpaqKgeHlpaqKgPAAABAwABAAAAAgAAAAEBAwABAAAAAgAAAAIBAwADAAAA2gAAAAMBAwABAAAAAQAAAAYBAwABAAAAAgAAAAoBAwABAAAAAQAAABEBBAABAAAACAAAABIBAwABAAAAAQAAABUBAwABAAAAAwAAABYBAwABAAAAAgAAABcBBAABAAAAGAAAABwBAwABAAAAAQAAACkBAwACAAAAAAABAD4BBQACAAAAEAEAAD8BBQAGAAAA4AAAAAAAAAAQABAAEACF61EAAACAAMP1qAAAAAACzcxMAAAAAAHNzEwAAACAAM3MTAAAAAACj8L1AAAAABA3GqAAAAAAAiuHCgAAACAA',
);

interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Stored (method 0) instead of deflated; OpenDocument requires it for `mimetype`. */
  store?: boolean;
}

const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
const u64 = (n: number) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(n)); return b; };

/** A ZIP archive as office suites write it; `zip64` adds the ZIP64 end records some tools always write. */
function zip(entries: ZipEntry[], options: { zip64?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const body = entry.store ? data : deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const common = [u16(0x0800), u16(entry.store ? 0 : 8), u16(0x4000), u16(0x5b77), u32(crc32(data)), u32(body.length), u32(data.length), u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), u16(20), ...common, u16(0), name, body]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), u16(20), ...common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const n = entries.length;
  if (!options.zip64) {
    const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(n), u16(n), u32(central.length), u32(offset), u16(0)]);
    return new Uint8Array(Buffer.concat([...locals, central, end]));
  }
  const zip64End = Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(n), u64(n), u64(central.length), u64(offset)]);
  const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(offset + central.length), u32(1)]);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, central, zip64End, locator, end]));
}

const CONTENT_TYPES = (main: string, part: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${main}"/></Types>`;
const RELS = (part: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${part}"/></Relationships>`;

/** A minimal .docx that Word opens: content types, package relationships, one paragraph. */
function docxEntries(): ZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word/document.xml') },
    { name: '_rels/.rels', data: RELS('word/document.xml') },
    {
      name: 'word/document.xml',
      data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Pengaduan jalan rusak di Jl. Sam Ratulangi</w:t></w:r></w:p></w:body></w:document>',
    },
  ];
}

function pptxEntries(): ZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'ppt/presentation.xml') },
    { name: '_rels/.rels', data: RELS('ppt/presentation.xml') },
    { name: 'ppt/presentation.xml', data: '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>' },
  ];
}

/** An OpenDocument package: the stored `mimetype` entry first, then content and manifest. */
function odfEntries(subtype: string, extra: ZipEntry[] = []): ZipEntry[] {
  return [
    { name: 'mimetype', data: `application/vnd.oasis.opendocument.${subtype}`, store: true },
    { name: 'content.xml', data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
    ...extra,
  ];
}

/**
 * A legacy Office compound file: the OLE2 header, then one directory sector whose 128-byte
 * entries name the streams; `noise` is placed unaligned after it, as text inside a stream.
 */
function ole(streams: string[], noise = ''): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(0, 0x30);
  const names = ['Root Entry', ...streams];
  const directory = Buffer.alloc(Math.ceil(names.length / 4) * 512);
  names.forEach((name, i) => {
    const at = i * 128;
    directory.write(`${name}\0`, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : 2;
  });
  const data = Buffer.alloc(1024, 0x20);
  Buffer.from(noise, 'utf16le').copy(data, 3);
  return new Uint8Array(Buffer.concat([header, directory, data]));
}

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

let PDF: Uint8Array;
let XLSX: Uint8Array;

beforeAll(async () => {
  PDF = new Uint8Array(await renderPdf({ content: ['Surat pengaduan: lampu jalan padam sejak seminggu.'] }));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Data').addRow(['Nama', 'Keluhan']);
  XLSX = new Uint8Array(await workbook.xlsx.writeBuffer());
});

const accepted = (result: FileTypeResult) => {
  if (!result.ok) throw new Error(`expected accepted, got: ${result.message}`);
  return result;
};
const refused = (result: FileTypeResult) => {
  if (result.ok) throw new Error(`expected refused, got ${result.mimeType}`);
  return result.message;
};

// ---------------------------------------------------------------------------------------

describe('detectFileType: accepted types are recognised from the content, whatever the name', () => {
  const cases: [string, () => Uint8Array, string, string, string, string][] = [
    // label, bytes, misleading name, mime type, kind, extension
    ['PDF', () => PDF, 'foto-jalan.png', 'application/pdf', 'pdf', 'pdf'],
    ['PNG', () => PNG, 'surat.pdf', 'image/png', 'image', 'png'],
    ['JPEG', () => JPEG, 'scan.png', 'image/jpeg', 'image', 'jpg'],
    ['GIF', () => GIF, 'gambar.jpg', 'image/gif', 'image', 'gif'],
    ['WebP', () => WEBP, 'foto.jpg', 'image/webp', 'image', 'webp'],
    ['TIFF', () => TIFF, 'scan.pdf', 'image/tiff', 'image', 'tiff'],
    ['DOCX', () => zip(docxEntries()), 'surat.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'office', 'docx'],
    ['XLSX (exceljs)', () => XLSX, 'tabel.docx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'office', 'xlsx'],
    ['PPTX', () => zip(pptxEntries()), 'paparan.pdf', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'office', 'pptx'],
    ['ODT', () => zip(odfEntries('text')), 'surat.docx', 'application/vnd.oasis.opendocument.text', 'office', 'odt'],
    ['ODS', () => zip(odfEntries('spreadsheet')), 'tabel.xlsx', 'application/vnd.oasis.opendocument.spreadsheet', 'office', 'ods'],
    ['DOC (OLE2)', () => ole(['WordDocument', '1Table', '\u0005SummaryInformation']), 'surat.pdf', 'application/msword', 'office', 'doc'],
    ['XLS (OLE2)', () => ole(['Workbook']), 'tabel.pdf', 'application/vnd.ms-excel', 'office', 'xls'],
    ['PPT (OLE2)', () => ole(['PowerPoint Document', 'Current User']), 'paparan.pdf', 'application/vnd.ms-powerpoint', 'office', 'ppt'],
    ['RTF', () => text('{\\rtf1\\ansi Pengaduan}'), 'surat.doc', 'application/rtf', 'office', 'rtf'],
  ];

  for (const [label, bytes, name, mimeType, kind, extension] of cases) {
    it(`${label} named "${name}"`, () => {
      const result = accepted(detectFileType(bytes(), name));
      expect({ mimeType: result.mimeType, kind: result.kind, extension: result.extension }).toEqual({ mimeType, kind, extension });
      // The lie is mentioned, in Indonesian, with the extension it is stored under.
      expect(result.note).toMatch(new RegExp(`^Nama berkas berakhiran \\.${name.split('.').pop()}, tetapi isinya .+; berkas disimpan sebagai \\.${extension}\\.$`));
    });
  }

  it('says nothing about the name when it is honest (aliases included) or absent', () => {
    expect(accepted(detectFileType(PDF, 'Surat Pengaduan.PDF')).note).toBeUndefined();
    expect(accepted(detectFileType(JPEG, 'foto.jpeg')).note).toBeUndefined();
    expect(accepted(detectFileType(TIFF, 'scan.tif')).note).toBeUndefined();
    expect(accepted(detectFileType(PNG, 'tanpa-akhiran')).note).toBeUndefined();
    expect(accepted(detectFileType(XLSX, 'rekap.xlsx')).note).toBeUndefined();
  });

  it('names the content in the note: a PNG named .pdf is a "gambar PNG"', () => {
    expect(accepted(detectFileType(PNG, 'surat.pdf')).note).toBe('Nama berkas berakhiran .pdf, tetapi isinya gambar PNG; berkas disimpan sebagai .png.');
  });

  it('reads OOXML archives written with ZIP64 end records', () => {
    const bytes = zip(docxEntries(), { zip64: true });
    expect(readZipListing(bytes)?.names).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(accepted(detectFileType(bytes, 'surat.docx')).extension).toBe('docx');
  });

  it('accepts plain UTF-8 text (with or without BOM) only as .txt', () => {
    const complaint = 'Saya melaporkan lampu jalan di Jl. Hasanuddin padam sejak 12 November 2026.\r\nTerima kasih.';
    expect(accepted(detectFileType(text(complaint), 'laporan.txt'))).toEqual({ ok: true, mimeType: 'text/plain', kind: 'text', extension: 'txt' });
    expect(accepted(detectFileType(concat([0xef, 0xbb, 0xbf], text(complaint)), 'laporan.TXT')).kind).toBe('text');
    expect(refused(detectFileType(text(complaint), 'laporan.csv'))).toBe(TEXT_NOT_TXT_MESSAGE);
  });

  it('uses the OLE stream names, not the extension, and the extension only to break a tie', () => {
    // A Workbook name inside a stream's text (not on a directory boundary) is ignored.
    const word = ole(['WordDocument'], 'Workbook\0');
    const asXls = accepted(detectFileType(word, 'rekap.xls'));
    expect(asXls.extension).toBe('doc');
    expect(asXls.note).toContain('dokumen Word lama (.doc)');
    // A Word file with an embedded sheet holds both streams: the name decides between them.
    const both = ole(['WordDocument', 'Workbook']);
    expect(accepted(detectFileType(both, 'surat.doc')).extension).toBe('doc');
    expect(accepted(detectFileType(both, 'rekap.xls')).extension).toBe('xls');
    expect(accepted(detectFileType(both, 'tanpa-akhiran')).extension).toBe('doc');
  });

  it('accepts OpenDocument whose Basic folder holds only the empty library index', () => {
    const bytes = zip(odfEntries('text', [{ name: 'Basic/script-lc.xml', data: '<x/>' }, { name: 'Basic/Standard/script-lb.xml', data: '<x/>' }]));
    expect(accepted(detectFileType(bytes, 'surat.odt')).extension).toBe('odt');
  });
});

describe('detectFileType: refusals, each with a clear Indonesian message', () => {
  it('refuses an empty file', () => {
    expect(refused(detectFileType(new Uint8Array(), 'surat.pdf'))).toBe(EMPTY_MESSAGE);
  });

  it('refuses a Windows program named .pdf and says the name lies', () => {
    const exe = concat(text('MZ'), new Uint8Array(200));
    expect(refused(detectFileType(exe, 'surat-keputusan.pdf'))).toBe(
      `${PROGRAM_MESSAGE} Namanya berakhiran .pdf, tetapi isinya program Windows (EXE/DLL), bukan PDF.`,
    );
    expect(refused(detectFileType(exe, 'setup.exe'))).toBe(PROGRAM_MESSAGE);
  });

  it.each([
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]],
    ['Mach-O 64', [0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]],
    ['Mach-O universal / Java class', [0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]],
    ['Windows shortcut', [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]],
  ])('refuses a %s program', (_label, magic) => {
    expect(refused(detectFileType(concat(magic, new Uint8Array(64)), 'berkas.bin'))).toBe(PROGRAM_MESSAGE);
  });

  it('refuses a shebang script even when named .txt', () => {
    expect(refused(detectFileType(text('#!/bin/sh\nrm -rf ~\n'), 'catatan.txt'))).toBe(
      `${SCRIPT_MESSAGE} Namanya berakhiran .txt, tetapi isinya skrip, bukan teks biasa.`,
    );
  });

  it('refuses scripts by name, since plain text could be one (a .js, .vbs, .bat, .ps1)', () => {
    for (const name of ['bukti.js', 'bukti.vbs', 'bukti.bat', 'bukti.ps1']) {
      expect(refused(detectFileType(text('WScript.Echo("halo")'), name)), name).toBe(SCRIPT_MESSAGE);
    }
  });

  it('refuses HTML and SVG by content, whatever the name', () => {
    expect(refused(detectFileType(text('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'surat.txt'))).toBe(
      `${HTML_MESSAGE} Namanya berakhiran .txt, tetapi isinya halaman web (HTML), bukan teks biasa.`,
    );
    expect(refused(detectFileType(text('<p>tanpa doctype</p><script src="x.js"></script>'), 'catatan.txt'))).toMatch(/^Halaman web \(HTML\) tidak diterima/);
    expect(refused(detectFileType(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'foto.png'))).toBe(
      `${SVG_MESSAGE} Namanya berakhiran .png, tetapi isinya gambar SVG, bukan gambar PNG.`,
    );
    expect(refused(detectFileType(text('halo'), 'halaman.html'))).toBe(HTML_MESSAGE);
  });

  it('refuses a macro-enabled OOXML document (vbaProject.bin) even named .docx', () => {
    const docm = zip([...docxEntries(), { name: 'word/vbaProject.bin', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }]);
    expect(refused(detectFileType(docm, 'surat.docm'))).toBe(MACRO_MESSAGE);
    // The name is not the problem here (a .docx may well carry macros), so it is not blamed.
    expect(refused(detectFileType(docm, 'surat.docx'))).toBe(MACRO_MESSAGE);
  });

  it('refuses legacy Office files with a VBA project, and OpenDocument with macro modules', () => {
    expect(refused(detectFileType(ole(['Workbook', '_VBA_PROJECT_CUR', 'VBA']), 'rekap.xls'))).toBe(MACRO_MESSAGE);
    expect(refused(detectFileType(ole(['WordDocument', 'Macros', 'VBA', '_VBA_PROJECT']), 'surat.doc'))).toBe(MACRO_MESSAGE);
    const odtMacro = zip(odfEntries('text', [{ name: 'Basic/Standard/Module1.xml', data: '<script:module/>' }]));
    expect(refused(detectFileType(odtMacro, 'surat.odt'))).toBe(ODF_MACRO_MESSAGE);
  });

  it('refuses an MSI installer and an OLE2 file that is no Office document', () => {
    expect(refused(detectFileType(ole(['\u4840\u3f3f']), 'pasang.msi'))).toBe(PROGRAM_MESSAGE);
    expect(refused(detectFileType(ole(['__substg1.0_0037001F']), 'surel.msg'))).toBe(UNRECOGNISED_MESSAGE);
  });

  it('refuses archives that are not office documents, and says when one is named like a document', () => {
    const plainZip = zip([{ name: 'foto1.jpg', data: JPEG }, { name: 'program.exe', data: 'MZ' }]);
    expect(refused(detectFileType(plainZip, 'bukti.zip'))).toBe(ARCHIVE_MESSAGE);
    expect(refused(detectFileType(plainZip, 'surat.docx'))).toBe(
      `${ARCHIVE_MESSAGE} Namanya berakhiran .docx, tetapi isinya arsip ZIP, bukan dokumen Word (.docx).`,
    );
    expect(refused(detectFileType(zip([{ name: 'AndroidManifest.xml', data: '<x/>' }, { name: 'classes.dex', data: 'dex' }]), 'foto.jpg'))).toMatch(/^Berkas program tidak diterima/);
    expect(refused(detectFileType(new Uint8Array(gzipSync('isi')), 'data.gz'))).toBe(ARCHIVE_MESSAGE);
    expect(refused(detectFileType(concat(text('Rar!\x1a\x07\x01\x00'), new Uint8Array(32)), 'bukti.rar'))).toBe(ARCHIVE_MESSAGE);
    expect(refused(detectFileType(concat([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], new Uint8Array(32)), 'bukti.7z'))).toBe(ARCHIVE_MESSAGE);
  });

  it('refuses a damaged (truncated) office document as unreadable', () => {
    const docx = zip(docxEntries());
    expect(refused(detectFileType(docx.subarray(0, docx.length - 30), 'surat.docx'))).toBe(DAMAGED_ZIP_MESSAGE);
  });

  it('refuses an OOXML package of another kind and an unknown OpenDocument subtype', () => {
    const xps = zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'Documents/1/FixedDocument.fdoc', data: '<x/>' }]);
    expect(refused(detectFileType(xps, 'cetak.xps'))).toBe(UNRECOGNISED_MESSAGE);
    expect(refused(detectFileType(zip(odfEntries('formula')), 'rumus.odf'))).toBe(UNRECOGNISED_MESSAGE);
  });

  it('refuses phone photos in HEIC with a hint, and unknown binary content with the list of accepted types', () => {
    const heic = concat([0, 0, 0, 0x18], text('ftypheic'), new Uint8Array(32));
    expect(refused(detectFileType(heic, 'IMG_0001.HEIC'))).toBe(HEIC_MESSAGE);
    expect(refused(detectFileType(new Uint8Array([0x00, 0x01, 0x02, 0xfe, 0x80, 0x81]), 'data.pdf'))).toBe(
      `${UNRECOGNISED_MESSAGE} Namanya berakhiran .pdf, tetapi isinya berkas jenis lain, bukan PDF.`,
    );
    expect(refused(detectFileType(text('teks\0dengan NUL'), 'catatan.txt'))).toBe(
      `${UNRECOGNISED_MESSAGE} Namanya berakhiran .txt, tetapi isinya berkas jenis lain, bukan teks biasa.`,
    );
  });

  it('asks for UTF-8 when a .txt is in a Windows code page or UTF-16', () => {
    const ansi = new Uint8Array(Buffer.from('Keluhan warga: kafe \u00e9 tutup', 'latin1'));
    expect(refused(detectFileType(ansi, 'catatan.txt'))).toBe(TEXT_ENCODING_MESSAGE);
    const utf16 = concat([0xff, 0xfe], new Uint8Array(Buffer.from('Keluhan warga', 'utf16le')));
    expect(refused(detectFileType(utf16, 'catatan.txt'))).toBe(TEXT_ENCODING_MESSAGE);
    expect(refused(detectFileType(ansi, 'catatan.dat'))).toBe(UNRECOGNISED_MESSAGE);
  });
});
