import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentStore, previewKind } from '../../../electron/backend/attachments/attachment-store';
import { tooLargeMessage } from '../../../shared/complaints/attachment-limits';
import { EMPTY_MESSAGE, PROGRAM_MESSAGE } from '../../../electron/backend/attachments/detect-file-type';
import { AppError } from '../../../electron/backend/core/app-error';
import { renderPdf } from '../../../electron/documents/render-pdf';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/complaints/complaint-schemas';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

// Tiny real images (2×2 px, made once with ImageMagick) and real documents made at run time.
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVQI12OUi1rBwMDAxMDAwMDAAAANIAEkQMFZ4gAAAABJRU5ErkJggg==';
const JPEG_B64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAACAAIDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAB//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AAJQYff/2Q==';
const GIF_B64 = 'R0lGODlhAgACAPAAAB5aqAAAACH5BAAAAAAALAAAAAACAAIAAAIChFEAOw==';
const WEBP_B64 = 'UklGRjgAAABXRUJQVlA4ICwAAADQAQCdASoCAAIAAgA0JaACdLoB+AADsAD+8FMf/yz5/DZ1Of/CrcMQydAAAA==';
const TIFF_B64 =
  'SUkqACAAAAAeHlpaqKgeHlpaqKgeHlpaqKgeHlpaqKgPAAABAwABAAAAAgAAAAEBAwABAAAAAgAAAAIBAwADAAAA2gAAAAMBAwABAAAAAQAAAAYBAwABAAAAAgAAAAoBAwABAAAAAQAAABEBBAABAAAACAAAABIBAwABAAAAAQAAABUBAwABAAAAAwAAABYBAwABAAAAAgAAABcBBAABAAAAGAAAABwBAwABAAAAAQAAACkBAwACAAAAAAABAD4BBQACAAAAEAEAAD8BBQAGAAAA4AAAAAAAAAAQABAAEACF61EAAACAAMP1qAAAAAACzcxMAAAAAAHNzEwAAACAAM3MTAAAAAACj8L1AAAAABA3GqAAAAAAAiuHCgAAACAA';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let PDF: Buffer;
let XLSX: Buffer;

beforeAll(async () => {
  PDF = await renderPdf({ content: ['Bukti pengaduan: foto lampu jalan yang padam di Jl. Hasanuddin.'] });
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Rekap').addRows([['No', 'Nama', 'Keluhan'], [1, 'Siti Rahmawati', 'Jalan berlubang']]);
  XLSX = Buffer.from(await workbook.xlsx.writeBuffer());
});

let dataDir: string;
let store: AttachmentStore;

beforeEach(() => {
  dataDir = makeTempDir('meja-lampiran-');
  store = new AttachmentStore(dataDir);
});

afterEach(() => {
  removeTempDir(dataDir);
});

/** Every file under the attachments folder, relative to it ("ab/ab12…"). */
function storedFiles(): string[] {
  const root = path.join(dataDir, 'lampiran');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function expectAppError(promise: Promise<unknown>, code: string, message: string | RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (typeof message === 'string') expect((error as AppError).message).toBe(message);
  else expect((error as AppError).message).toMatch(message);
}

describe('AttachmentStore.accept: real files, decided by content', () => {
  const cases: [string, () => string, string, string, string][] = [
    // label, base64, name as chosen, name stored, mime type
    ['a pdfmake PDF named .jpg', () => b64(PDF), 'surat pengaduan.jpg', 'surat pengaduan.pdf', 'application/pdf'],
    ['a PNG named .pdf', () => PNG_B64, 'surat.pdf', 'surat.png', 'image/png'],
    ['a JPEG named .png', () => JPEG_B64, 'foto-jalan.png', 'foto-jalan.jpg', 'image/jpeg'],
    ['a GIF named .jpg', () => GIF_B64, 'gambar.jpg', 'gambar.gif', 'image/gif'],
    ['a WebP named .jpg', () => WEBP_B64, 'IMG-20261123-WA0001.jpg', 'IMG-20261123-WA0001.webp', 'image/webp'],
    ['a TIFF named .pdf', () => TIFF_B64, 'pindaian.pdf', 'pindaian.tiff', 'image/tiff'],
    ['an exceljs workbook named .docx', () => b64(XLSX), 'rekap.docx', 'rekap.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['an RTF named .doc', () => b64('{\\rtf1\\ansi Surat}'), 'surat.doc', 'surat.rtf', 'application/rtf'],
    ['plain text named .txt', () => b64('Keluhan: air PDAM mati tiga hari.'), 'catatan.txt', 'catatan.txt', 'text/plain'],
  ];

  for (const [label, base64, chosen, storedName, mimeType] of cases) {
    it(`stores ${label} under its hash, listed as "${storedName}"`, async () => {
      const bytes = Buffer.from(base64(), 'base64');
      const result = await store.accept(chosen, base64());
      if ('problem' in result) throw new Error(result.problem);
      expect(result).toMatchObject({ sha256: sha(bytes), fileName: storedName, mimeType, size: bytes.length });
      if (chosen === storedName) expect(result.note).toBeUndefined();
      else expect(result.note).toMatch(/^Nama berkas berakhiran \.\w+, tetapi isinya .+; berkas disimpan sebagai \.\w+\.$/);

      const file = path.join(dataDir, 'lampiran', result.sha256.slice(0, 2), result.sha256);
      expect(storedFiles()).toEqual([`${result.sha256.slice(0, 2)}/${result.sha256}`]);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect((await store.read(result.sha256)).equals(bytes)).toBe(true);
      expect(await store.exists(result.sha256)).toBe(true);
    });
  }

  it('refuses a Windows program named .pdf with its message, and stores nothing', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]);
    expect(await store.accept('surat-undangan.pdf', b64(exe))).toEqual({
      problem: `${PROGRAM_MESSAGE} Namanya berakhiran .pdf, tetapi isinya program Windows (EXE/DLL), bukan PDF.`,
    });
    expect(storedFiles()).toEqual([]);
  });

  it('refuses an empty file and invalid base64 without storing anything', async () => {
    expect(await store.accept('kosong.pdf', '')).toEqual({ problem: EMPTY_MESSAGE });
    const invalid = { problem: 'Isi berkas tidak terbaca (bukan base64 yang sah). Pilih berkasnya lagi.' };
    expect(await store.accept('surat.pdf', 'JVBERi0x!!!')).toEqual(invalid);
    expect(await store.accept('surat.pdf', 'JVBERi0')).toEqual(invalid); // cut short
    expect(await store.accept('surat.pdf', 'JV=BERi0')).toEqual(invalid); // padding in the middle
    expect(storedFiles()).toEqual([]);
  });

  it('accepts base64 as FileReader gives it: a data-URL prefix and line breaks', async () => {
    const wrapped = `data:application/pdf;base64,${b64(PDF).replace(/(.{76})/g, '$1\r\n')}`;
    const result = await store.accept('surat.pdf', wrapped);
    if ('problem' in result) throw new Error(result.problem);
    expect(result.sha256).toBe(sha(PDF));
    expect(result.fileName).toBe('surat.pdf');
  });

  it('keeps only the base name, without characters Windows forbids', async () => {
    const result = await store.accept('C:\\Users\\rina\\Desktop\\bukti <1>: "foto"?.PNG', PNG_B64);
    if ('problem' in result) throw new Error(result.problem);
    expect(result.fileName).toBe('bukti _1__ _foto__.png');
    // No hidden files on download, and never an empty name.
    for (const [chosen, listed] of [['.png', 'png.png'], ['...', 'lampiran.png'], ['  ', 'lampiran.png']]) {
      const result = await store.accept(chosen!, PNG_B64);
      expect('problem' in result ? result.problem : result.fileName, chosen).toBe(listed);
    }
  });
});

describe('AttachmentStore: size limit', () => {
  /** A PDF-looking buffer of exactly `size` bytes (the header decides the type). */
  const pdfOfSize = (size: number) => {
    const bytes = Buffer.alloc(size, 0x20);
    bytes.write('%PDF-1.7\n');
    return bytes;
  };

  it('accepts exactly 10 MB and refuses 10 MB + 1 byte with the size in the message', async () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(10 * 1024 * 1024);
    const exact = await store.accept('pindaian.pdf', b64(pdfOfSize(MAX_ATTACHMENT_BYTES)));
    if ('problem' in exact) throw new Error(exact.problem);
    expect(exact.size).toBe(MAX_ATTACHMENT_BYTES);
    expect(fs.statSync(path.join(dataDir, 'lampiran', exact.sha256.slice(0, 2), exact.sha256)).size).toBe(MAX_ATTACHMENT_BYTES);

    const over = await store.accept('pindaian-besar.pdf', b64(pdfOfSize(MAX_ATTACHMENT_BYTES + 1)));
    expect(over).toEqual({ problem: 'Berkas terlalu besar: 10,1 MB; paling besar 10 MB.' });
    expect(storedFiles()).toHaveLength(1);
  });

  it('rounds the size up, so an oversized file never reads as allowed', () => {
    expect(tooLargeMessage(25 * 1024 * 1024)).toBe('Berkas terlalu besar: 25 MB; paling besar 10 MB.');
    expect(tooLargeMessage(12.34 * 1024 * 1024)).toBe('Berkas terlalu besar: 12,4 MB; paling besar 10 MB.');
  });
});

describe('AttachmentStore: content-hash storage', () => {
  it('stores the same bytes once, however often and under whatever name they arrive', async () => {
    const first = await store.put(PDF);
    const again = await store.put(new Uint8Array(PDF));
    const viaAccept = await store.accept('salinan-lain.pdf', b64(PDF));
    expect(again).toEqual(first);
    expect('problem' in viaAccept ? viaAccept.problem : viaAccept.sha256).toBe(first.sha256);
    expect(first).toEqual({ sha256: sha(PDF), size: PDF.length });
    expect(storedFiles()).toEqual([`${first.sha256.slice(0, 2)}/${first.sha256}`]);
  });

  it('survives two desks storing the same file at the same moment, leaving no temporary files', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(XLSX)));
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha(XLSX)]));
    expect(storedFiles()).toEqual([`${sha(XLSX).slice(0, 2)}/${sha(XLSX)}`]);
    expect((await store.read(sha(XLSX))).equals(XLSX)).toBe(true);
  });

  it('stores files without extension and without any execute permission', async () => {
    const { sha256 } = await store.put(PDF);
    const file = path.join(dataDir, 'lampiran', sha256.slice(0, 2), sha256);
    expect(path.extname(file)).toBe('');
    expect(fs.statSync(file).mode & 0o111).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('verifies the hash on read: a damaged file is reported clearly, and storing it again repairs it', async () => {
    const { sha256 } = await store.put(PDF);
    const file = path.join(dataDir, 'lampiran', sha256.slice(0, 2), sha256);
    const damaged = Buffer.from(PDF);
    damaged[100] = damaged[100]! ^ 0xff;
    fs.writeFileSync(file, damaged);

    await expectAppError(
      store.read(sha256),
      'DB_DAMAGED',
      `Berkas lampiran ${sha256.slice(0, 12)}… rusak: isinya tidak sama lagi dengan saat disimpan. Pulihkan folder data dari cadangan atau minta pelapor mengirim ulang berkasnya.`,
    );
    await store.put(PDF);
    expect((await store.read(sha256)).equals(PDF)).toBe(true);
  });

  it('reports a missing file as not found', async () => {
    const absent = sha(Buffer.from('tidak pernah disimpan'));
    expect(await store.exists(absent)).toBe(false);
    await expectAppError(store.read(absent), 'NOT_FOUND', `Berkas lampiran ${absent.slice(0, 12)}… tidak ditemukan di folder data.`);
  });

  it('refuses ids that are not a lower-case SHA-256, so no id can reach outside the folder', async () => {
    // A real file just outside the attachments folder, for a traversal to aim at.
    fs.writeFileSync(path.join(dataDir, 'meja-aduan.sqlite'), 'rahasia');
    const { sha256 } = await store.put(PDF);
    const tricks = [
      '../meja-aduan.sqlite',
      `../../${path.basename(dataDir)}/meja-aduan.sqlite`,
      `${sha256.slice(0, 2)}/../${sha256}`,
      sha256.toUpperCase(),
      `${sha256}/`,
      `${sha256.slice(0, 63)}`,
      `${sha256}\0`,
      path.join(dataDir, 'meja-aduan.sqlite'),
      '',
    ];
    for (const id of tricks) {
      await expectAppError(store.read(id), 'VALIDATION', 'Kode lampiran tidak valid.');
      expect(await store.exists(id), id).toBe(false);
    }
  });

  it('does not follow a link planted under an attachment id', async () => {
    const secret = path.join(dataDir, 'rahasia.txt');
    fs.writeFileSync(secret, 'rahasia');
    const id = sha(fs.readFileSync(secret));
    fs.mkdirSync(path.join(dataDir, 'lampiran', id.slice(0, 2)), { recursive: true });
    fs.symlinkSync(secret, path.join(dataDir, 'lampiran', id.slice(0, 2), id));
    expect(await store.exists(id)).toBe(false);
    await expectAppError(store.read(id), 'NOT_FOUND', /tidak ditemukan di folder data/);
  });
});

describe('previewKind', () => {
  it('previews images a browser draws and PDFs; office files, text and TIFF only download', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    for (const mime of ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'IMAGE/PNG']) expect(previewKind(mime), mime).toBe('image');
    for (const mime of ['image/tiff', 'image/svg+xml', 'text/plain', 'text/html', 'application/msword', 'application/vnd.oasis.opendocument.text', '']) {
      expect(previewKind(mime), mime).toBe('none');
    }
  });
});
