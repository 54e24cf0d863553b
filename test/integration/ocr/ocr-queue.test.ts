import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { ManualClock } from '../../../electron/backend/core/clock';
import { TesseractEngine, type OcrEngine } from '../../../electron/ocr/ocr-engine';
import { resolveOcrDataDir } from '../../../electron/ocr/ocr-language-data';
import type { OcrProgress } from '../../../shared/archive/archive-records';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { intakeInput } from '../../support/complaint-fixtures';
import { DEFAULT_NOW, TEST_SCRYPT_COST, openTempBackend, testSession, type TempBackend } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { rasterise, renderTextPdf, scanPdf, seedScan } from '../archive/scan-fixture';

const PAGES = [
  ['Surat jawaban pengaduan masyarakat tentang bantuan koperasi', 'Rapat dilaksanakan di Universitas Tadulako pada hari Senin.'],
  ['Tanda terima penyampaian jawaban', 'Diterima oleh pelapor di kantor Dinas Koperasi.'],
  ['Lampiran daftar hadir peserta musyawarah'],
];

const words = (text: string | null) => (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Asks for the progress until nothing waits; returns every answer seen. */
async function untilIdle(progress: () => Promise<OcrProgress>, timeoutMs = 120_000): Promise<OcrProgress[]> {
  const seen: OcrProgress[] = [];
  const end = Date.now() + timeoutMs;
  for (;;) {
    const p = await progress();
    seen.push(p);
    if (p.waiting === 0 && p.current === null) return seen;
    if (Date.now() > end) throw new Error(`OCR belum selesai: ${JSON.stringify(p)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function scannedLetter(pages: readonly (readonly string[])[], rotate?: Record<number, number>) {
  return scanPdf(rasterise(await renderTextPdf(pages), 300), { rotate });
}

let t: TempBackend | null = null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await t?.close();
  t = null;
  for (const c of cleanups.splice(0)) await c();
});

/** Real OCR on a shared two-core machine: a page takes seconds. */
const OCR_TIMEOUT = 240_000;

describe('OCR queue', () => {
  it('reads every waiting page in the background, reports progress, and makes the words searchable with their page', async () => {
    t = await openTempBackend();
    const complaint = await t.ok('complaints.intake', intakeInput());
    const scan = await seedScan(t.backend.db, t.dataDir, { pdf: await scannedLetter(PAGES, { 3: 90 }), complaintId: complaint.id, fileName: 'balasan.pdf' });
    // A document whose file is not a PDF: its page fails, the others carry on.
    const broken = await seedScan(t.backend.db, t.dataDir, { pdf: new TextEncoder().encode('bukan pdf'), pageCount: 1 });

    // Filed in the archive before OCR has read it: the entry gets the text as pages are read.
    const hm011 = (await t.ok('archive.classifications', {})).find((c) => c.code === 'HM.01.1')!.id;
    const entry = await t.ok('archive.file', {
      source: { kind: 'pindaian', scannedDocumentId: scan.id },
      fields: { kind: 'surat_jawaban_terpindai', classificationId: hm011, title: 'Balasan', documentDate: '2026-11-20', location: {}, accessClass: 'biasa' },
    });
    expect(entry.pages.map((p) => p.ocrStatus)).toEqual(['menunggu', 'menunggu', 'menunggu']);

    const first = await t.ok('archive.ocrProgress', {});
    expect(first).toMatchObject({ total: 4, failed: 0 });
    const seen = await untilIdle(() => t!.ok('archive.ocrProgress', {}));
    const last = seen.at(-1)!;
    expect(last).toEqual({ done: 0, total: 0, waiting: 0, failed: 1, current: null });
    // While busy it counted up against a steady total, naming the document in hand.
    const busy = seen.filter((p) => p.total > 0);
    expect(busy.every((p) => p.total === 4)).toBe(true);
    expect(busy.map((p) => p.done)).toEqual([...busy.map((p) => p.done)].sort((a, b) => a - b));
    expect(busy.some((p) => p.current?.fileName === 'balasan.pdf')).toBe(true);

    const pages = await t.backend.db.selectFrom('scanned_pages').selectAll().orderBy('document_id').orderBy('page_no').execute();
    expect(pages.map((p) => [p.document_id, p.page_no, p.ocr_status])).toEqual([
      [scan.id, 1, 'selesai'], [scan.id, 2, 'selesai'], [scan.id, 3, 'selesai'], [broken.id, 1, 'gagal'],
    ]);
    expect(words(pages[0]!.ocr_text)).toEqual(expect.arrayContaining(['surat', 'jawaban', 'pengaduan', 'masyarakat', 'bantuan', 'koperasi', 'tadulako']));
    expect(words(pages[1]!.ocr_text)).toEqual(expect.arrayContaining(['tanda', 'terima', 'penyampaian', 'jawaban']));
    // The page turned in the scan dialog is read upright.
    expect(words(pages[2]!.ocr_text)).toEqual(expect.arrayContaining(['lampiran', 'daftar', 'hadir', 'peserta', 'musyawarah']));

    // The register finds the complaint by a word that is only in its scan, and says where.
    const list = await t.ok('complaints.list', { filter: { query: 'Tadulako' } });
    expect(list.total).toBe(1);
    expect(list.rows.map((r) => [r.id, r.scanPage])).toEqual([[complaint.id, 1]]);
    const receipt = await t.ok('complaints.list', { filter: { query: 'penyampaian' } });
    expect(receipt.rows.map((r) => [r.id, r.scanPage])).toEqual([[complaint.id, 2]]);
    expect((await t.ok('complaints.list', { filter: { query: 'tadulako musyawarah' } })).total).toBe(0);

    const found = await t.ok('archive.search', { query: 'musyawarah' });
    expect(found.rows.map((r) => [r.id, r.hit?.page])).toEqual([[entry.id, 3]]);
    expect(found.rows[0]!.hit!.snippet.toLowerCase()).toContain('musyawarah');
  }, OCR_TIMEOUT);

  it('stops with the backend and picks up the pages still waiting when it opens again', async () => {
    const dataDir = makeTempDir('meja-ocr-restart-');
    cleanups.push(async () => removeTempDir(dataDir));
    const real = new TesseractEngine(resolveOcrDataDir());
    let read = 0;
    let closing: Promise<void> | null = null;
    let first: Backend | null = null;
    // The real engine; after its first page the app is closed, as a clerk shuts the PC down.
    const gated: OcrEngine = {
      recognize: async (image) => {
        const result = await real.recognize(image);
        if (++read === 1) closing = first!.close();
        return result;
      },
      terminate: () => real.terminate(),
    };
    const open = (engine: OcrEngine) => createBackend({
      dataDir, clock: new ManualClock(DEFAULT_NOW), runtime: 'browser', version: '0.0.0-test', scryptCost: TEST_SCRYPT_COST,
      log: () => undefined, ocr: { ocrEngine: engine, ocrPollMs: 0 },
    });
    first = await open(gated);
    await seedScan(first.db, dataDir, { pdf: await scannedLetter(PAGES) });
    const call = async <N extends CallName>(b: Backend, name: N, input: CallInput<N>) =>
      (await b.dispatch(name, { input, session: await testSession(b) })) as CallResult<CallOutput<N>>;
    expect(await call(first, 'archive.ocrProgress', {})).toMatchObject({ ok: true, value: { done: 0, total: 3 } });
    for (let i = 0; i < 600 && !closing; i++) await new Promise((r) => setTimeout(r, 100));
    await closing;
    expect(read).toBe(1);

    const second = await open(new TesseractEngine(resolveOcrDataDir()));
    cleanups.unshift(() => second.close());
    const statuses = async () => (await second.db.selectFrom('scanned_pages').select('ocr_status').orderBy('page_no').execute()).map((p) => p.ocr_status);
    expect((await statuses())[0]).toBe('selesai');
    const seen = await untilIdle(async () => {
      const r = await call(second, 'archive.ocrProgress', {});
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    expect(Math.max(...seen.map((p) => p.total))).toBe(2);
    expect(await statuses()).toEqual(['selesai', 'selesai', 'selesai']);
  }, OCR_TIMEOUT);
});
