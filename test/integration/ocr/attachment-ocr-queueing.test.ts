import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { ManualClock } from '../../../electron/backend/core/clock';
import type { OcrEngine } from '../../../electron/ocr/ocr-engine';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { intakeInput } from '../../support/complaint-fixtures';
import { DEFAULT_NOW, TEST_SCRYPT_COST, testSession } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { scanPdf } from '../archive/scan-fixture';

/**
 * Which attachments are queued for OCR, how many pages, and once only. The real queue,
 * page store and attachment store run; the engine only counts the page pictures it is
 * given (attachment-ocr.test.ts reads real text with tesseract.js), so a 31-page file
 * takes seconds, not minutes.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** An engine that answers "halaman N" for the N-th picture it reads, recording each picture's size. */
function countingEngine() {
  const seen: { width: number; height: number }[] = [];
  const engine: OcrEngine = {
    recognize: async (image) => {
      const m = await sharp(image).metadata();
      seen.push({ width: m.width ?? 0, height: m.height ?? 0 });
      return { text: `halaman ${seen.length}`, confidence: 90 };
    },
    terminate: async () => undefined,
  };
  return { engine, seen };
}

async function open(dataDir: string, engine: OcrEngine): Promise<Backend> {
  const backend = await createBackend({
    dataDir, clock: new ManualClock(DEFAULT_NOW), runtime: 'browser', version: '0.0.0-test', scryptCost: TEST_SCRYPT_COST,
    log: () => undefined, ocr: { ocrEngine: engine, ocrPollMs: 0 },
  });
  return backend;
}

async function call<N extends CallName>(b: Backend, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = (await b.dispatch(name, { input, session: await testSession(b) })) as CallResult<CallOutput<N>>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Tidak terjadi: ${what}`);
}

const idle = (b: Backend) => until(async () => {
  const p = await call(b, 'archive.ocrProgress', {});
  return p.waiting === 0 && p.current === null;
}, 'antrean OCR kosong');

/** Small blank page pictures (A4-shaped), as many as asked. */
const blankPages = (n: number) => Promise.all(Array.from({ length: n }, () =>
  sharp({ create: { width: 210, height: 297, channels: 3, background: '#ffffff' } }).png().toBuffer()));

async function upload(b: Backend, fileName: string, bytes: Uint8Array) {
  return call(b, 'complaints.uploadAttachment', { fileName, base64: Buffer.from(bytes).toString('base64') });
}

async function documents(b: Backend) {
  return b.db.selectFrom('scanned_documents').select(['id', 'file_name', 'source', 'page_count', 'complaint_id', 'created_by']).orderBy('id').execute();
}

describe('queueing complaint attachments for OCR', () => {
  it('reads 30 pages of a 31-page PDF and says so; a TIFF and a sideways JPEG are read; spreadsheets and text files queue nothing', async () => {
    const dataDir = makeTempDir('meja-attachment-ocr-');
    const { engine, seen } = countingEngine();
    const b = await open(dataDir, engine);
    cleanups.push(async () => {
      await b.close();
      removeTempDir(dataDir);
    });
    const long = await upload(b, 'berkas-panjang.pdf', await scanPdf(await blankPages(31)));
    const tiff = await upload(b, 'salinan.tif', await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } }).tiff().toBuffer());
    // A phone photo stored sideways with an EXIF orientation: read upright.
    const photo = await upload(b, 'foto.jpg', await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer());
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Rekap').addRow(['Kelurahan', 'Jumlah']);
    const xlsx = await upload(b, 'rekap.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const txt = await upload(b, 'catatan.txt', new TextEncoder().encode('Keluhan: air PDAM mati tiga hari.'));
    expect([long.mimeType, tiff.mimeType, txt.mimeType]).toEqual(['application/pdf', 'image/tiff', 'text/plain']);
    const files = [long, tiff, photo, xlsx, txt];
    const complaint = await call(b, 'complaints.intake', intakeInput({ attachmentIds: files.map((f) => f.sha256), attachmentNames: files.map((f) => f.fileName) }));
    expect(complaint.attachments).toHaveLength(5);

    await idle(b);
    const docs = await documents(b);
    expect(docs.map((d) => [d.file_name, d.source, d.page_count, d.complaint_id])).toEqual([
      ['berkas-panjang.pdf', 'lampiran', 30, complaint.id],
      ['salinan.tiff', 'lampiran', 1, complaint.id],
      ['foto.jpg', 'lampiran', 1, complaint.id],
    ]);
    const pages = await b.db.selectFrom('scanned_pages').select(['document_id', 'page_no', 'width', 'height', 'ocr_status']).orderBy('document_id').orderBy('page_no').execute();
    expect(pages).toHaveLength(32);
    expect(pages.slice(-2).map((p) => [p.width, p.height])).toEqual([[300, 200], [200, 300]]);
    expect(pages.every((p) => p.ocr_status === 'selesai')).toBe(true);
    expect(pages.filter((p) => p.document_id === docs[0]!.id).map((p) => p.page_no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // The engine was given 32 pictures: the PDF's first 30 pages, the TIFF, and the photo turned upright.
    expect(seen).toHaveLength(32);
    expect(seen.slice(-2)).toEqual([{ width: 300, height: 200 }, { width: 200, height: 300 }]);

    // The unread page is said in the audit log of the document.
    const audit = await b.db.selectFrom('audit_log').select(['entity_id', 'action', 'actor', 'changes_json']).where('action', '=', 'lampiran_diantrekan_ocr').orderBy('id').execute();
    expect(audit.map((a) => [a.entity_id, JSON.parse(a.changes_json).halaman[1]])).toEqual([
      [docs[0]!.id, '30 dari 31 halaman; halaman 31 tidak dibaca OCR'],
      [docs[1]!.id, '1 halaman'],
      [docs[2]!.id, '1 halaman'],
    ]);

    // The case page says beside each file how far OCR read it; office files have no OCR state.
    const detail = await call(b, 'complaints.get', { id: complaint.id });
    expect(detail.attachments.map((a) => [a.fileName, a.ocr])).toEqual([
      ['berkas-panjang.pdf', { pages: 30, total: 31, read: 30, waiting: 0, failed: 0 }],
      ['salinan.tiff', { pages: 1, total: 1, read: 1, waiting: 0, failed: 0 }],
      ['foto.jpg', { pages: 1, total: 1, read: 1, waiting: 0, failed: 0 }],
      ['rekap.xlsx', null],
      ['catatan.txt', null],
    ]);

    // The register finds the complaint by the text of page 30 of the PDF.
    const list = await call(b, 'complaints.list', { filter: { query: 'halaman 30' } });
    expect(list.rows.map((r) => [r.id, r.scanFile, r.scanPage])).toEqual([[complaint.id, 'berkas-panjang.pdf', 30]]);
    expect(await call(b, 'archive.unfiledScans', {})).toEqual([]);
  }, 120_000);

  it('queues the attachments stored before this feature once, at start-up', async () => {
    const dataDir = makeTempDir('meja-attachment-backfill-');
    cleanups.push(async () => removeTempDir(dataDir));
    const first = await open(dataDir, countingEngine().engine);
    const letter = await upload(first, 'surat-lama.pdf', await scanPdf(await blankPages(2)));
    const complaint = await call(first, 'complaints.intake', intakeInput({ attachmentIds: [letter.sha256], attachmentNames: [letter.fileName] }));
    await idle(first);
    // As the database was before attachments were read: the attachment without its OCR rows.
    await first.db.deleteFrom('scanned_pages').execute();
    await first.db.deleteFrom('scanned_documents').execute();
    await first.close();

    const { engine, seen } = countingEngine();
    const second = await open(dataDir, engine);
    await until(async () => (await documents(second)).length === 1, 'lampiran lama diantrekan');
    await idle(second);
    expect((await documents(second)).map((d) => [d.file_name, d.page_count, d.complaint_id, d.created_by])).toEqual([['surat-lama.pdf', 2, complaint.id, 'Sistem']]);
    expect(seen).toHaveLength(2);
    await second.close();

    // Opened again: nothing is queued twice.
    const again = countingEngine();
    const third = await open(dataDir, again.engine);
    cleanups.unshift(() => third.close());
    await new Promise((r) => setTimeout(r, 500));
    await idle(third);
    expect(await documents(third)).toHaveLength(1);
    expect(again.seen).toHaveLength(0);
  }, 120_000);
});
