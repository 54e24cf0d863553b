import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPageQr } from '../../../electron/backend/scanning/page-qr-reader';
import { QrWorker } from '../../../electron/backend/scanning/qr-worker-client';
import { ScanLinker } from '../../../electron/backend/scanning/scan-linker';
import { SaneDriver } from '../../../electron/devices/scanner/sane-driver';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { intakeInput } from '../../support/complaint-fixtures';
import { makeSaneTestEnv, type SaneTestEnv } from '../../support/sane-test-env';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { openScanningBackend, waitForQr, waitForScan, type ScanningBackend } from './scan-test-helpers';

// QR codes the app prints, read back from scanned pages, link the scan to its complaint.

let sane: SaneTestEnv;
let dir: string;
let t: ScanningBackend;

beforeAll(() => {
  sane = makeSaneTestEnv();
});
afterAll(() => sane.cleanup());
beforeEach(() => {
  dir = makeTempDir('meja-qr-');
});
afterEach(async () => {
  await t?.close();
  removeTempDir(dir);
});

/** A printed receipt as a scanner sees it: the real receipt PDF rendered in grey at 150 dpi (PGM, or PNG). */
async function receiptImage(backend: ScanningBackend, complaintId: number, format: 'pgm' | 'png' = 'pgm'): Promise<string> {
  const receipt = await backend.ok('complaints.receipt', { id: complaintId });
  const pdf = path.join(dir, 'tanda-terima.pdf');
  writeFileSync(pdf, Buffer.from(receipt.base64, 'base64'));
  execFileSync('pdftoppm', ['-r', '150', '-gray', ...(format === 'png' ? ['-png'] : []), '-singlefile', pdf, path.join(dir, 'tanda-terima')]);
  return path.join(dir, `tanda-terima.${format}`);
}

describe('QR linking', () => {
  it('a receipt scanned on the pnm device links the saved scan to its complaint', async () => {
    // The pnm device "scans" the file named by --filename; the backend is opened once that file is known.
    const file = path.join(dir, 'tanda-terima.pgm');
    t = await openScanningBackend({ drivers: [new SaneDriver({ env: sane.env, deviceArgs: { 'pnm:0': ['--filename', file] } })] });
    await t.ok('complaints.intake', intakeInput({ subject: 'Pengaduan lain' }));
    const complaint = await t.ok('complaints.intake', intakeInput());
    expect(await receiptImage(t, complaint.id)).toBe(file);

    const caps = await t.ok('scanner.capabilities', { deviceId: 'sane:pnm:0' });
    expect(caps.resolutions).toContain(150);
    const job = await t.ok('scanner.start', { deviceId: 'sane:pnm:0', resolution: 150, colourMode: caps.defaults.colourMode, source: 'flatbed' });
    await waitForScan(t, job.sessionId);
    const read = await waitForQr(t, job.sessionId);
    const code = formatTrackingCode(complaint.trackingCode);
    expect(read.pages[0]!.qr).toEqual([`meja-aduan:pengaduan:${complaint.trackingCode}`]);
    // The dialog shows the link before saving…
    expect(read.qrLink?.text).toBe(`Terhubung ke pengaduan ${code} lewat kode QR`);

    // …and saving it for the archive (no complaint chosen) attaches it to that complaint.
    const saved = await t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'arsip' } });
    expect(saved.notes[0]).toBe(`Terhubung ke pengaduan ${code} lewat kode QR.`);
    expect(saved.document.link).toMatchObject({ kind: 'pengaduan', id: complaint.id, code: complaint.trackingCode, via: 'qr', complaintId: complaint.id });
    expect(saved.document.qrPayloads).toEqual([`meja-aduan:pengaduan:${complaint.trackingCode}`]);
    const detail = await t.ok('complaints.get', { id: complaint.id });
    expect(detail.attachments.map((a) => a.sha256)).toEqual([saved.document.sha256]);
    const row = await t.backend.db.selectFrom('scanned_documents').selectAll().executeTakeFirstOrThrow();
    expect([row.linked_kind, row.linked_id, row.linked_via, row.complaint_id]).toEqual(['pengaduan', complaint.id, 'qr', complaint.id]);
  });

  it('a receipt of another complaint does not move a scan the clerk attached on purpose', async () => {
    t = await openScanningBackend({ drivers: [] });
    const chosen = await t.ok('complaints.intake', intakeInput());
    const other = await t.ok('complaints.intake', intakeInput({ subject: 'Pengaduan yang lain' }));
    const page = readFileSync(await receiptImage(t, other.id, 'png'));
    const job = await t.ok('scanner.importFiles', { fileName: 'tanda-terima.png', base64: page.toString('base64') });
    const saved = await t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'pengaduan', complaintId: chosen.id } });
    expect(saved.document.link).toMatchObject({ complaintId: chosen.id, via: 'pilihan' });
    expect(saved.notes[1]).toBe(
      `Kode QR pada dokumen menunjuk pengaduan ${formatTrackingCode(other.trackingCode)}, bukan pengaduan ini; dokumen tetap dilampirkan ke pengaduan ${formatTrackingCode(chosen.trackingCode)} yang dipilih.`,
    );
    expect((await t.ok('complaints.get', { id: other.id })).attachments).toEqual([]);
  });

  it('finds a small, faint code in a corner that the whole-page pass misses', async () => {
    t = await openScanningBackend({ drivers: [] });
    const qr = await QRCode.toBuffer('meja-aduan:pengaduan:9ZX47JZA2', { errorCorrectionLevel: 'Q', scale: 3, margin: 2, color: { dark: '#777777ff', light: '#ffffffff' } });
    const side = (await sharp(qr).metadata()).height!;
    const page = sharp({ create: { width: 2480, height: 3508, channels: 3, background: '#f4f4f4' } }).composite([{ input: qr, left: 150, top: 3508 - 150 - side }]);
    const png = await page.png().toBuffer();
    // 1 cm at 300 dpi, grey on off-white: too small once the page is shrunk for the first pass.
    const shrunk = await sharp(png).greyscale().resize({ width: 1000, height: 1000, fit: 'inside' }).png().toBuffer();
    const worker = new QrWorker();
    try {
      expect(await readPageQr(sharp(shrunk), worker)).toEqual([]);
      expect(await readPageQr(sharp(png), worker)).toEqual(['meja-aduan:pengaduan:9ZX47JZA2']);
    } finally {
      await worker.close();
    }
  });

  it('a signed letter\'s verification code links to the letter and its complaint', async () => {
    t = await openScanningBackend({ drivers: [] });
    const complaint = await t.ok('complaints.intake', intakeInput());
    const letters = new Map([['K7QW2MX9PA', { letterId: 41, complaintId: complaint.id, number: '500/12/DKUKM/XI/2026', date: '2026-11-20' }]]);
    const linker = new ScanLinker(t.backend.db, async (code) => letters.get(code) ?? null);
    const link = await linker.fromQr(['https://contoh.go.id', `meja-aduan:pengaduan:${complaint.trackingCode}`, 'meja-aduan:surat:K7QW2MX9PA']);
    expect(link).toMatchObject({
      kind: 'surat', id: 41, code: 'K7QW2MX9PA', complaintId: complaint.id, via: 'qr',
      complaintSubject: complaint.subject, letter: { number: '500/12/DKUKM/XI/2026', date: '2026-11-20' },
    });
    expect(link?.text).toBe(`Terhubung ke surat 500/12/DKUKM/XI/2026 (pengaduan ${formatTrackingCode(complaint.trackingCode)}) lewat kode QR`);
    // An unknown letter code falls back to the receipt's; a misread tracking code links nothing.
    expect((await linker.fromQr(['meja-aduan:surat:ZZZZZZZZZZ', `meja-aduan:pengaduan:${complaint.trackingCode}`]))?.kind).toBe('pengaduan');
    const misread = complaint.trackingCode.slice(0, 8) + (complaint.trackingCode.endsWith('2') ? '3' : '2');
    expect(await linker.fromQr([`meja-aduan:pengaduan:${misread}`])).toBeNull();
  });
});
