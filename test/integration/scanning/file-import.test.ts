import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfPagesText, pdfToPngs } from '../../support/pdf-tools';

import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { openScanningBackend, pdfPageInfo, waitForQr, type ScanningBackend } from './scan-test-helpers';
import { multiPageTiff } from './tiff-writer';

// Importing files as scan pages: PDF pages kept as PDF pages, every picture converted by sharp.

let t: ScanningBackend;
let dir: string;

beforeEach(async () => {
  t = await openScanningBackend({ drivers: [] });
  dir = makeTempDir('meja-import-');
});
afterEach(async () => {
  await t.close();
  removeTempDir(dir);
});

/** A two-page PDF: a typed letter page, then a photographed page (one JPEG). */
async function letterPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText('Surat balasan Dinas Koperasi', { x: 72, y: 760, size: 14, font });
  const photo = await sharp({ create: { width: 500, height: 700, channels: 3, background: '#2a9d3a' } }).jpeg().toBuffer();
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(await doc.embedJpg(photo), { x: 0, y: 0, width: 595.28, height: 841.89 });
  return Buffer.from(await doc.save());
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('file import', () => {
  it('takes PDF, JPEG, PNG and a multi-page TIFF into one document', async () => {
    let job = await t.ok('scanner.importFiles', { fileName: 'balasan.pdf', base64: b64(await letterPdf()) });
    const sessionId = job.sessionId;
    job = await t.ok('scanner.importFiles', { sessionId, fileName: 'foto.JPG', base64: b64(await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#c06020' } }).jpeg().toBuffer()) });
    job = await t.ok('scanner.importFiles', { sessionId, fileName: 'gambar.png', base64: b64(await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#ffffff' } }).png().toBuffer()) });
    const tiff = multiPageTiff([
      { width: 620, height: 877, grey: 40, dpi: 75 }, { width: 620, height: 877, grey: 128, dpi: 75 }, { width: 877, height: 620, grey: 220, dpi: 75 },
    ]);
    job = await t.ok('scanner.importFiles', { sessionId, fileName: 'salinan.tif', base64: b64(tiff) });

    expect(job.pages.map((p) => [p.label, p.origin, p.width, p.height])).toEqual([
      ['balasan.pdf hal. 1', 'berkas', 595, 842], ['balasan.pdf hal. 2', 'berkas', 595, 842],
      ['foto.JPG', 'berkas', 900, 1200], ['gambar.png', 'berkas', 1200, 800],
      ['salinan.tif hal. 1', 'berkas', 620, 877], ['salinan.tif hal. 2', 'berkas', 620, 877], ['salinan.tif hal. 3', 'berkas', 877, 620],
    ]);
    expect(job.message).toEqual({ kind: 'info', text: 'Berkas salinan.tif diimpor.' });
    // The photographed PDF page has a real thumbnail (its JPEG); the typed one a placeholder card.
    const greenish = await sharp(Buffer.from(job.pages[1]!.thumbnail.split(',')[1]!, 'base64')).stats();
    expect(greenish.channels[1]!.mean).toBeGreaterThan(greenish.channels[0]!.mean + 50);
    await waitForQr(t, sessionId);

    const saved = await t.ok('scanner.save', { sessionId, target: { kind: 'arsip' }, fileName: 'Surat balasan Koperasi' });
    expect(saved.document).toMatchObject({ pageCount: 7, source: 'berkas', fileName: 'Surat balasan Koperasi.pdf', dpi: 75 });
    const pdf = Buffer.from((await t.ok('scanner.documentPdf', { id: saved.document.id })).base64, 'base64');
    const info = pdfPageInfo(pdf);
    expect(info).toHaveLength(7);
    // The typed page is still text; the TIFF's wide page lies on a landscape A4.
    expect(pdfPagesText(pdf)[0]).toContain('Surat balasan Dinas Koperasi');
    expect(info.map((p) => (p.width > p.height ? 'L' : 'P')).join('')).toBe('PPPLPPL');
    const rendered = pdfToPngs(pdf, dir, 10);
    const shade = async (i: number) => Math.round((await sharp(rendered[i]!).stats()).channels[0]!.mean);
    // TIFF pages at true size (75 dpi → A4) and in their own grey.
    expect(await shade(4)).toBeLessThan(60);
    expect(Math.abs((await shade(5)) - 128)).toBeLessThan(15);
    expect(await shade(6)).toBeGreaterThan(200);
  });

  it('refuses files that are not pages, and damaged ones, without adding anything', async () => {
    const first = await t.ok('scanner.importFiles', { fileName: 'a.png', base64: b64(await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer()) });
    const text = await t.call('scanner.importFiles', { sessionId: first.sessionId, fileName: 'catatan.txt', base64: b64(Buffer.from('halo')) });
    expect(text.ok ? null : text.error.message).toBe('Berkas yang dapat diimpor sebagai halaman pindaian: PDF, JPEG, PNG, dan TIFF.');
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 7)]);
    const damaged = await t.call('scanner.importFiles', { sessionId: first.sessionId, fileName: 'rusak.png', base64: b64(broken) });
    expect(damaged.ok ? null : damaged.error.message).toBe('Berkas "rusak.png" rusak atau tidak dapat dibaca sebagai gambar/PDF.');
    const notBase64 = await t.call('scanner.importFiles', { sessionId: first.sessionId, fileName: 'x.png', base64: '***' });
    expect(notBase64.ok ? null : notBase64.error.message).toMatch(/bukan base64/);
    expect((await t.ok('scanner.job', { sessionId: first.sessionId })).pages).toHaveLength(1);
  });
});
