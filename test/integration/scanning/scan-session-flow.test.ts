import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SaneDriver } from '../../../electron/devices/scanner/sane-driver';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { intakeInput } from '../../support/complaint-fixtures';
import { pdfToPngs } from '../../support/pdf-tools';
import { makeSaneTestEnv, type SaneTestEnv } from '../../support/sane-test-env';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { openScanningBackend, pdfPageInfo, waitForScan, type ScanningBackend } from './scan-test-helpers';

// A scan session through the real dispatcher: SANE test scanner → pages with progress →
// reorder, rotate, delete → one PDF attached to a complaint, checked with poppler.

let sane: SaneTestEnv;
let t: ScanningBackend;
let dir: string;

beforeAll(() => {
  sane = makeSaneTestEnv();
});
afterAll(() => sane.cleanup());
beforeEach(async () => {
  t = await openScanningBackend({ drivers: [new SaneDriver({ env: sane.env })] });
  dir = makeTempDir('meja-scan-flow-');
});
afterEach(async () => {
  await t.close();
  removeTempDir(dir);
});

const png = (colour: string, width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();

/** The average colour of a rendered page, as "r,g,b" rounded to tens. */
async function averageColour(file: string): Promise<number[]> {
  const { channels } = await sharp(file).stats();
  return channels.slice(0, 3).map((c) => Math.round(c.mean / 10) * 10);
}

describe('scan session', () => {
  it('lists the SANE test scanner and its options', async () => {
    const list = await t.ok('scanner.devices', {});
    expect(list.devices.map((d) => d.id)).toContain('sane:test:0');
    const caps = await t.ok('scanner.capabilities', { deviceId: 'sane:test:0' });
    expect(caps.sources).toEqual(['flatbed', 'adf']);
    const unknown = await t.call('scanner.capabilities', { deviceId: 'sane:test:9' });
    expect(unknown.ok ? null : unknown.error.message).toMatch(/^Pemindai tidak ditemukan atau terputus/);
  });

  it('scans a feeder batch with progress, then keeps the pages in the order and turn the clerk set', async () => {
    const complaint = await t.ok('complaints.intake', intakeInput());
    const started = await t.ok('scanner.start', { deviceId: 'sane:test:0', resolution: 75, colourMode: 'abu-abu', source: 'adf', maxPages: 3 });
    expect(started.state).toBe('memindai');
    const scanned = await waitForScan(t, started.sessionId);
    expect(scanned.message).toEqual({ kind: 'info', text: '3 halaman dipindai.' });
    expect(scanned.pagesScanned).toBe(3);
    expect(scanned.pages.map((p) => p.label)).toEqual(['Pindaian 1', 'Pindaian 2', 'Pindaian 3']);
    expect(scanned.pages.every((p) => p.thumbnail.startsWith('data:image/png;base64,') && p.origin === 'sane')).toBe(true);

    // A red landscape picture and a blue portrait one join the session.
    const red = await t.ok('scanner.importFiles', { sessionId: started.sessionId, fileName: 'merah.png', base64: (await png('#d01010', 800, 600)).toString('base64') });
    const withBlue = await t.ok('scanner.importFiles', {
      sessionId: red.sessionId, fileName: 'biru.jpg', base64: (await sharp(await png('#1030d0', 600, 800)).jpeg().toBuffer()).toString('base64'),
    });
    const [s1, s2, s3, redPage, bluePage] = withBlue.pages;
    expect(withBlue.pages).toHaveLength(5);

    // Blue first, then scan 1 turned a quarter, red upside down; scans 2 and 3 deleted.
    const edited = await t.ok('scanner.editPages', {
      sessionId: started.sessionId,
      pages: [{ id: bluePage!.id, rotation: 0 }, { id: s1!.id, rotation: 90 }, { id: redPage!.id, rotation: 180 }],
    });
    expect(edited.pages.map((p) => [p.label, p.rotation])).toEqual([['biru.jpg', 0], ['Pindaian 1', 90], ['merah.png', 180]]);
    expect(s2 && s3).toBeTruthy();

    const saved = await t.ok('scanner.save', { sessionId: started.sessionId, target: { kind: 'pengaduan', complaintId: complaint.id } });
    expect(saved.document.pageCount).toBe(3);
    expect(saved.document.source).toBe('campuran');
    expect(saved.document.link).toMatchObject({ kind: 'pengaduan', id: complaint.id, via: 'pilihan', complaintId: complaint.id });
    expect(saved.notes[0]).toBe(`Dilampirkan ke pengaduan ${complaint.registerNumber} (${formatTrackingCode(complaint.trackingCode)}).`);
    // Page sizes as they read: the quarter-turned A4 scan is landscape.
    expect(saved.document.pages.map((p) => [p.width, p.height, p.ocrStatus])).toEqual([[600, 800, 'menunggu'], [876, 620, 'menunggu'], [800, 600, 'menunggu']]);

    const file = await t.ok('scanner.documentPdf', { id: saved.document.id });
    const pdf = Buffer.from(file.base64, 'base64');
    const info = pdfPageInfo(pdf);
    expect(info.map((p) => p.rotation)).toEqual([0, 90, 180]);
    // A4 pages: portrait for portrait pictures, landscape for the wide red one.
    expect(info.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[595, 842], [595, 842], [842, 595]]);
    const rendered = pdfToPngs(pdf, dir, 20);
    const dims = await Promise.all(rendered.map(async (f) => (await sharp(f).metadata()) as { width: number; height: number }));
    expect(dims.map((d) => d.width > d.height)).toEqual([false, true, true]);
    const colours = await Promise.all(rendered.map(averageColour));
    expect(colours[0]![2]).toBeGreaterThan(colours[0]![0]! + 100); // blue
    expect(colours[2]![0]).toBeGreaterThan(colours[2]![2]! + 100); // red
    expect(Math.abs(colours[1]![0]! - colours[1]![2]!)).toBeLessThanOrEqual(10); // the grey grid

    // The case lists the PDF; its history says so; the session is gone.
    const detail = await t.ok('complaints.get', { id: complaint.id });
    expect(detail.attachments.map((a) => [a.fileName, a.mimeType, a.sha256])).toEqual([[saved.document.fileName, 'application/pdf', saved.document.sha256]]);
    expect(saved.document.fileName).toMatch(/^pindaian_.+_2026-11-23_0800\.pdf$/);
    expect(detail.history.at(-1)?.summary).toBe('Dokumen pindaian dilampirkan');
    const again = await t.call('scanner.job', { sessionId: started.sessionId });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
    const audit = await t.backend.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'scanned_document').execute();
    expect(audit.map((a) => [a.entity_id, a.action, a.actor])).toEqual([[saved.document.id, 'disimpan', 'Petugas Uji']]);
    // Stored once, by content, in the attachment store.
    expect(readFileSync(`${t.dataDir}/lampiran/${saved.document.sha256.slice(0, 2)}/${saved.document.sha256}`).equals(pdf)).toBe(true);
  });

  it('keeps a grey A4 scan small and sharp: JPEG for grey, 1-bit for black and white', async () => {
    const sizes: Record<string, number> = {};
    for (const colourMode of ['abu-abu', 'hitam-putih'] as const) {
      const job = await t.ok('scanner.start', { deviceId: 'sane:test:0', resolution: 300, colourMode, source: 'flatbed' });
      await waitForScan(t, job.sessionId);
      const saved = await t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'arsip' } });
      expect(saved.document.link).toBeNull();
      expect(saved.document.dpi).toBe(300);
      // 210 × 297 mm at 300 dpi; SANE rounds the height down.
      expect(saved.document.pages[0]).toMatchObject({ width: 2480, height: 3507 });
      sizes[colourMode] = saved.document.size;
    }
    // A 300-dpi grid page: a few hundred kB as JPEG, a few kB as 1-bit Flate.
    expect(sizes['abu-abu']).toBeLessThan(600_000);
    expect(sizes['hitam-putih']).toBeLessThan(60_000);
  });

  it('cancels a slow feeder batch, keeping the pages already scanned', async () => {
    const slow = makeSaneTestEnv({ 'read-delay': 'true', 'read-delay-duration': '30000' });
    const s = await openScanningBackend({ drivers: [new SaneDriver({ env: slow.env })] });
    try {
      const job = await s.ok('scanner.start', { deviceId: 'sane:test:0', resolution: 75, colourMode: 'abu-abu', source: 'adf' });
      // While the batch runs, the job says how far the page under way is.
      const percents: number[] = [];
      for (let i = 0; i < 400; i++) {
        const now = await s.ok('scanner.job', { sessionId: job.sessionId });
        if (now.pagePercent !== null) percents.push(now.pagePercent);
        if (now.pagesScanned >= 2) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
      const cancelled = await s.ok('scanner.cancel', { sessionId: job.sessionId });
      expect(cancelled.state).toBe('siap');
      expect(cancelled.pagePercent).toBeNull();
      expect(cancelled.pages.length).toBeGreaterThanOrEqual(2);
      expect(cancelled.pages.length).toBeLessThan(10);
      expect(cancelled.message).toEqual({ kind: 'info', text: `Pemindaian dibatalkan. ${cancelled.pagesScanned} halaman yang sudah terpindai tetap ada.` });
    } finally {
      await s.close();
      slow.cleanup();
    }
  });

  it('refuses what cannot be saved, and another user\'s session', async () => {
    const job = await t.ok('scanner.start', { deviceId: 'sane:test:0', resolution: 75, colourMode: 'abu-abu', source: 'flatbed' });
    await waitForScan(t, job.sessionId);
    const stranger = await t.call('scanner.job', { sessionId: job.sessionId }, 'Orang Lain');
    expect(stranger.ok ? null : stranger.error.code).toBe('NOT_FOUND');
    const missing = await t.call('scanner.save', { sessionId: job.sessionId, target: { kind: 'pengaduan', complaintId: 999 } });
    expect(missing.ok ? null : missing.error.message).toBe('Pengaduan tidak ditemukan.');
    const emptied = await t.ok('scanner.editPages', { sessionId: job.sessionId, pages: [] });
    expect(emptied.pages).toEqual([]);
    const nothing = await t.call('scanner.save', { sessionId: job.sessionId, target: { kind: 'arsip' } });
    expect(nothing.ok ? null : nothing.error.message).toBe('Belum ada halaman. Pindai atau impor dokumen dahulu.');
    expect(await t.backend.db.selectFrom('scanned_documents').selectAll().execute()).toEqual([]);
    const bad = await t.call('scanner.start', { deviceId: 'epson:1', resolution: 75, colourMode: 'abu-abu', source: 'flatbed' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });
});
