import { describe, expect, it } from 'vitest';
import { renderDeliveryReceiptPdf, type DeliveryReceiptData } from '../../../electron/documents/delivery-receipt-document';
import { pdfPageSizes, pdfPagesText, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';
import { OFFICE_003 } from './letter-fixtures';

// Seed 003 step 11: the officer hands the signed reply over at the counter and both sign.

function receipt(overrides: Partial<DeliveryReceiptData> = {}): DeliveryReceiptData {
  return {
    office: OFFICE_003,
    paper: 'A4',
    letterNumber: '005/PPM/HM.01/XI/2026',
    letterDate: '2026-11-23',
    subject: 'Tanggapan atas Pengaduan',
    complaintRegisterNumber: '0012/ADU/XI/2026',
    recipientName: 'Ahmad Fauzi',
    relation: 'sendiri',
    addressee: 'Sdr. Ahmad Fauzi',
    handedOverBy: 'Rina Kartika',
    handedOverByJabatan: 'Petugas Pelayanan',
    // 10.15 WITA on Tuesday 24 November 2026.
    handedOverAt: new Date('2026-11-24T02:15:00Z'),
    ...overrides,
  };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Delivery receipt (tanda terima) PDF', () => {
  it('names the letter, the recipient, the relationship, the day and time, under the letterhead', async () => {
    const pdf = await renderDeliveryReceiptPdf(receipt());
    const text = fold(pdfToText(pdf, 'raw'));
    expect(text).toContain('DINAS KOPERASI, USAHA KECIL DAN MENENGAH');
    expect(text).toContain('TANDA TERIMA Penyerahan Surat Jawaban Pengaduan');
    expect(text).toContain('Pada Selasa, 24 November 2026 pukul 10.15 WITA telah diserahkan secara langsung:');
    expect(text).toContain(
      'Surat Nomor : 005/PPM/HM.01/XI/2026 Tanggal : 23 November 2026 Hal : Tanggapan atas Pengaduan Nomor register pengaduan : 0012/ADU/XI/2026 Ditujukan kepada : Sdr. Ahmad Fauzi',
    );
    expect(text).toContain('Kepada Nama : Ahmad Fauzi Hubungan dengan pelapor : Pelapor sendiri');
    expect(text).not.toContain('surat kuasa');
    expect(text).toContain('Palu, 24 November 2026');
  });

  it('has two signature columns side by side: Yang Menyerahkan at the left, Yang Menerima at the right, each with its name', async () => {
    const pdf = await renderDeliveryReceiptPdf(receipt());
    const words = pdfWordBoxes(pdf)[0]!.words;
    const giver = words.find((w) => w.text === 'Menyerahkan,')!;
    const taker = words.find((w) => w.text === 'Menerima,')!;
    expect(Math.abs(giver.yMin - taker.yMin)).toBeLessThan(1);
    expect(giver.xMax).toBeLessThan(297);
    expect(taker.xMin).toBeGreaterThan(297);
    const rina = words.find((w) => w.text === 'Rina')!;
    const fauzi = words.filter((w) => w.text === 'Fauzi').at(-1)!;
    expect(rina.yMin).toBeGreaterThan(giver.yMax + 50);
    expect(Math.abs(rina.yMin - fauzi.yMin)).toBeLessThan(1);
    expect(fauzi.xMin).toBeGreaterThan(297);
  });

  it('records a proxy: the relationship, the identity number and the power of attorney', async () => {
    const text = fold(pdfToText(await renderDeliveryReceiptPdf(receipt({ relation: 'kuasa', recipientName: 'Hasanuddin', recipientIdentity: '7271010101800003' })), 'raw'));
    expect(text).toContain('Nama : Hasanuddin Hubungan dengan pelapor : Kuasa/wakil pelapor Nomor identitas (KTP) : 7271010101800003');
    expect(text).toContain('surat kuasa dan identitas diri');
  });

  it.each([
    ['A4', 595.28, 841.89],
    ['F4', 609.45, 935.43],
  ] as const)('prints on one %s page', async (paper, width, height) => {
    const pdf = await renderDeliveryReceiptPdf(receipt({ paper }));
    const { pages, sizes } = pdfPageSizes(pdf);
    expect(pages).toBe(1);
    expect(sizes[0]!.width).toBeCloseTo(width, 0);
    expect(sizes[0]!.height).toBeCloseTo(height, 0);
    expect(pdfPagesText(pdf)).toHaveLength(1);
  });
});
