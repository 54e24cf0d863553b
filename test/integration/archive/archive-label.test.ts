import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveEntryDetail } from '../../../shared/archive/archive-records';
import { pdfPageSizes, pdfPagesText, pdfToPngs } from '../../support/pdf-tools';
import { encodes, readQrMatrix } from '../../support/qr-reader';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { classificationId, entryFields } from './archive-fixture';

let t: TempBackend;
let entries: ArchiveEntryDetail[];
let dir: string;

beforeAll(async () => {
  const zbar = spawnSync('zbarimg', ['--version']);
  if (zbar.status !== 0) throw new Error('zbarimg tidak ditemukan: pasang zbar-tools (apt-get install zbar-tools) untuk membaca barcode label.');
  dir = makeTempDir('meja-label-');
  t = await openTempBackend();
  await t.ok('settings.save', {
    nameLines: ['Pemerintah Provinsi Sulawesi Tengah', 'Dinas Koperasi dan Usaha Kecil Menengah'], address: 'Jl. Prof. Moh. Yamin No. 2, Kota Palu',
    timeZone: 'WITA', paperSize: 'A4',
  });
  const hm011 = await classificationId(t, 'HM.01.1');
  entries = [];
  for (let i = 0; i < 12; i++) {
    entries.push(await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm011, { title: `Surat jawaban pengaduan nomor ${i + 1} tentang bantuan koperasi` }) }));
  }
}, 60_000);
afterAll(async () => {
  await t.close();
  removeTempDir(dir);
});

/** Every code zbarimg finds on page `page` of the PDF rendered at 300 dpi, as "TYPE:data". */
function zbar(pdf: Buffer, page: number): string[] {
  const png = pdfToPngs(pdf, path.join(dir, `zbar-${Date.now()}-${page}`), 300)[page - 1]!;
  const out = spawnSync('zbarimg', ['-q', png], { encoding: 'utf8' });
  return out.stdout.trim().split('\n').filter(Boolean).sort();
}

describe('folder label', () => {
  it('100 × 50 mm: office, serial number, classification, title, location, retention, a Code 128 and a QR code that read back', async () => {
    const file = await t.ok('archive.label', { ids: [entries[0]!.id], size: '100x50' });
    expect(file.fileName).toBe('label-arsip_0001-HM.01.1-ARSIP-2026.pdf');
    const pdf = Buffer.from(file.base64, 'base64');
    if (process.env.LABEL_LOOK) { mkdirSync(process.env.LABEL_LOOK, { recursive: true }); writeFileSync(path.join(process.env.LABEL_LOOK, 'label.pdf'), pdf); }
    const { pages, sizes } = pdfPageSizes(pdf);
    expect(pages).toBe(1);
    expect([Math.round(sizes[0]!.width), Math.round(sizes[0]!.height)]).toEqual([283, 142]);
    const text = pdfPagesText(pdf)[0]!.replace(/\s+/g, ' ');
    for (const part of [
      'DINAS KOPERASI DAN USAHA KECIL MENENGAH', '0001/HM.01.1/ARSIP/2026', 'HM.01.1 · Surat jawaban pengaduan',
      'Surat jawaban pengaduan nomor 1 tentang bantuan koperasi', 'Gedung A · Ruang Arsip · Lemari 2 · Rak 3 · Boks 12 · Map 4',
      'Aktif s.d. 19 November 2028 · inaktif s.d. 19 November 2031 · lalu dinilai kembali',
    ]) expect(text).toContain(part);

    expect(encodes(readQrMatrix(pdf, 1), 'meja-aduan:arsip:0001/HM.01.1/ARSIP/2026')).toBe(true);
    expect(zbar(pdf, 1)).toEqual(['CODE-128:0001/HM.01.1/ARSIP/2026', 'QR-Code:meja-aduan:arsip:0001/HM.01.1/ARSIP/2026']);
  });

  it('A4 sheets of ten labels, two columns, every code readable', async () => {
    const file = await t.ok('archive.label', { ids: entries.map((e) => e.id), size: 'A4' });
    const pdf = Buffer.from(file.base64, 'base64');
    const { pages, sizes } = pdfPageSizes(pdf);
    expect([pages, Math.round(sizes[0]!.width), Math.round(sizes[0]!.height)]).toEqual([2, 595, 842]);
    const [first, second] = pdfPagesText(pdf);
    for (let i = 1; i <= 10; i++) expect(first).toContain(`${String(i).padStart(4, '0')}/HM.01.1/ARSIP/2026`);
    expect(second).toContain('0011/HM.01.1/ARSIP/2026');
    expect(second).toContain('0012/HM.01.1/ARSIP/2026');
    expect(second).not.toContain('0010/HM.01.1/ARSIP/2026');
    const codes = zbar(pdf, 1);
    for (let i = 1; i <= 10; i++) {
      const serial = `${String(i).padStart(4, '0')}/HM.01.1/ARSIP/2026`;
      expect(codes, serial).toContain(`CODE-128:${serial}`);
      expect(codes, serial).toContain(`QR-Code:meja-aduan:arsip:${serial}`);
    }
    if (process.env.LABEL_LOOK) { mkdirSync(process.env.LABEL_LOOK, { recursive: true }); writeFileSync(path.join(process.env.LABEL_LOOK, 'sheet.pdf'), pdf); }
  });

  it('refuses an unknown entry and too many labels at once', async () => {
    const unknown = await t.call('archive.label', { ids: [9999] });
    expect(unknown.ok === false && unknown.error.message).toBe('Arsip tidak ditemukan.');
    const many = await t.call('archive.label', { ids: Array.from({ length: 101 }, (_, i) => i + 1) });
    expect(many.ok === false && many.error.fields).toEqual({ ids: 'Paling banyak 100 label sekali cetak.' });
  });
});
