import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_FILL, DONE_FILL, renderSopChartPdf, type SopChartInput } from '../../../electron/documents/sop-chart-document';
import { EMPTY_OFFICE_SETTINGS } from '../../../shared/office/office-settings';
import { SOP_PRESETS } from '../../../shared/sop/presets';
import { pdfPageSizes, pdfPagesText, pdfRegionPixels, pdfToPngs, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const office = { ...EMPTY_OFFICE_SETTINGS, nameLines: ['Pemerintah Provinsi Sulawesi Tengah', 'Dinas Koperasi dan UKM'], timeZone: 'WITA' as const };
const preset = (id: string) => SOP_PRESETS.find((p) => p.id === id)!.definition;

function input(id: string, extra: Partial<SopChartInput> = {}): SopChartInput {
  return { office, definition: preset(id), version: 1, paperSize: 'A4', printedAt: new Date('2026-11-23T01:00:00Z'), printedBy: 'Rina Kartika', ...extra };
}

/** Hex colour → RGB triple. */
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The share of pixels in a box that have (about) the given colour. */
function shareOf(pixels: { rgb: Uint8Array }, hex: string): number {
  const [r, g, b] = rgb(hex);
  let hits = 0;
  const n = pixels.rgb.length / 3;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(pixels.rgb[i * 3]! - r!) + Math.abs(pixels.rgb[i * 3 + 1]! - g!) + Math.abs(pixels.rgb[i * 3 + 2]! - b!);
    if (d < 12) hits++;
  }
  return hits / n;
}

describe('SOP chart PDF', () => {
  for (const p of SOP_PRESETS) {
    for (const paper of ['A4', 'F4'] as const) {
      it(`prints preset ${p.id} on landscape ${paper} with every step, the lanes and the header on each page`, async () => {
        const pdf = await renderSopChartPdf(input(p.id, { paperSize: paper }));
        const { sizes } = pdfPageSizes(pdf);
        for (const size of sizes) expect(size.width).toBeGreaterThan(size.height);
        const pages = pdfPagesText(pdf);
        const text = pdfToText(pdf, 'raw').replace(/\s+/g, ' ');
        expect(text).toContain(p.definition.title);
        for (const actor of p.definition.actors) expect(text).toContain(actor.label.split('/')[0]!.split(' ')[0]);
        for (const step of p.definition.steps) expect(text).toContain(step.activity.split(' ').slice(0, 4).join(' '));
        // The column heading row is repeated on every page.
        for (const page of pages) expect(page).toMatch(/Kegiatan[\s\S]*Kelengkapan\s+Waktu\s+Output/);
        pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
        // No text runs past the right margin (2 cm).
        for (const page of pdfWordBoxes(pdf)) for (const w of page.words) expect(w.xMax).toBeLessThan(page.width - 56);
      });
    }
  }

  it('prints the header block like the seeds', async () => {
    const text = pdfToText(await renderSopChartPdf(input('002', { version: 3 })), 'raw').replace(/\s+/g, ' ');
    expect(text).toContain('KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM KEP. BANGKA BELITUNG');
    expect(text).toContain('Nomor SOP : W.7-OT.01.02-566');
    expect(text).toContain('Tanggal Efektif : 2 Januari 2020');
    expect(text).toContain('Disahkan oleh : Kepala Kantor Wilayah, Drs. Anas Jaeful Anwar');
    expect(text).toContain('Nama SOP : Layanan Pengaduan Masyarakat');
    expect(text).toContain('Versi : 3 (Meja Aduan)');
    expect(text).toContain('Dicetak dari Meja Aduan oleh Rina Kartika, Senin, 23 November 2026 pukul 09.00 WITA');
  });

  it('writes the decisions out with their targets, and the times with their units', async () => {
    const text = pdfToText(await renderSopChartPdf(input('003')), 'raw').replace(/\s+/g, ' ');
    expect(text).toContain('Lisan → 5; Tertulis → 6');
    expect(text).toContain('Setuju, diparaf → 10; Tidak setuju → kembali ke 8');
    const lapor = pdfToText(await renderSopChartPdf(input('001')), 'raw').replace(/\s+/g, ' ');
    expect(lapor).toContain('Kewenangan Eselon 1 → 8; Kewenangan UPT → 9; Bukan kewenangan → kembali ke 4');
    expect(lapor).toContain('3 hari kerja');
    expect(lapor).toContain('10 hari kerja');
    expect(lapor).toContain('Lanjut ke 11');
  });

  it('shades the rows a complaint has passed and the one it is at', async () => {
    const plain = await renderSopChartPdf(input('000'));
    const marked = await renderSopChartPdf(input('000', { highlight: { doneStepNos: [1, 2], currentStepNos: [3] } }));
    const rowBox = (pdf: Buffer, no: string) => {
      const words = pdfWordBoxes(pdf)[0]!.words;
      const activity = { '1': 'Mendatangi', '2': 'Menerima', '3': 'Memberikan' }[no]!;
      const w = words.find((x) => x.text === activity)!;
      // A strip of the Kegiatan cell just right of the first word, inside the row.
      return { x: w.xMax + 4, y: w.yMin, width: 40, height: w.yMax - w.yMin };
    };
    expect(shareOf(pdfRegionPixels(marked, 1, rowBox(marked, '1')), DONE_FILL)).toBeGreaterThan(0.3);
    expect(shareOf(pdfRegionPixels(marked, 1, rowBox(marked, '2')), DONE_FILL)).toBeGreaterThan(0.3);
    expect(shareOf(pdfRegionPixels(marked, 1, rowBox(marked, '3')), CURRENT_FILL)).toBeGreaterThan(0.3);
    expect(shareOf(pdfRegionPixels(plain, 1, rowBox(plain, '1')), DONE_FILL)).toBe(0);
    const text = pdfToText(marked, 'raw');
    expect(text).toContain('Posisi sekarang');
    expect(text).toContain('Sudah dilalui');
    expect(pdfToText(plain)).not.toContain('Posisi sekarang');
  });

  it('renders to images without error (for a look at the layout)', async () => {
    const dir = process.env.SOP_CHART_PNG_DIR ?? makeTempDir('sop-chart-');
    mkdirSync(dir, { recursive: true });
    try {
      const pngs = pdfToPngs(await renderSopChartPdf(input('003', { highlight: { doneStepNos: [1, 2, 3, 4, 6, 7], currentStepNos: [8] } })), path.join(dir, '003'), 40);
      expect(pngs.length).toBeGreaterThan(0);
    } finally {
      if (!process.env.SOP_CHART_PNG_DIR) removeTempDir(dir);
    }
  });
});

describe('sop.printChart', () => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await openTempBackend();
  });
  afterAll(async () => {
    await t.close();
  });

  it('prints an installed version on the office paper, with a highlight', async () => {
    const v1 = await t.ok('sop.installPreset', { presetId: '004' });
    const file = await t.ok('sop.printChart', { versionId: v1.id, paperSize: 'F4', highlight: { doneStepNos: [1], currentStepNos: [2] } });
    expect(file).toMatchObject({ fileName: 'sop_imigrasi-belakang-padang_v1.pdf', mimeType: 'application/pdf' });
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdfPageSizes(pdf).sizes[0]!.width).toBeCloseTo((330 * 72) / 25.4, 0);
    expect(pdfToText(pdf, 'raw')).toContain('Posisi sekarang');
    const bad = await t.call('sop.printChart', { versionId: v1.id, paperSize: 'A3' as never });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Pilih ukuran kertas: A4 atau F4.' } });
  });
});
