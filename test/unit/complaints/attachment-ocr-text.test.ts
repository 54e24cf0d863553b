import { describe, expect, it } from 'vitest';
import { attachmentOcrText, type AttachmentOcr } from '../../../shared/complaints/attachment-ocr';

const ocr = (o: Partial<AttachmentOcr>): AttachmentOcr => ({ pages: 2, total: 2, read: 2, waiting: 0, failed: 0, ...o });

describe('the OCR state of an attachment in words', () => {
  it('says every page read, and a file read only in part with the pages left out', () => {
    expect(attachmentOcrText(ocr({}))).toBe('Teks terbaca untuk pencarian: 2 halaman');
    expect(attachmentOcrText(ocr({ pages: 30, total: 45, read: 30 }))).toBe('Teks terbaca untuk pencarian: 30 dari 45 halaman (halaman 31–45 tidak dibaca)');
    expect(attachmentOcrText(ocr({ pages: 30, total: 31, read: 30 }))).toBe('Teks terbaca untuk pencarian: 30 dari 31 halaman (halaman 31 tidak dibaca)');
    // Recorded before the page total was kept: the queued pages are the whole.
    expect(attachmentOcrText(ocr({ pages: 3, total: null, read: 3 }))).toBe('Teks terbaca untuk pencarian: 3 halaman');
  });

  it('says pages still waiting and pages that failed', () => {
    expect(attachmentOcrText(ocr({ read: 1, waiting: 1 }))).toBe('Teks sedang dibaca: 1 dari 2 halaman selesai');
    expect(attachmentOcrText(ocr({ pages: 30, total: 40, read: 0, waiting: 30 }))).toBe('Teks sedang dibaca: 0 dari 30 halaman selesai (halaman 31–40 tidak dibaca)');
    expect(attachmentOcrText(ocr({ read: 1, failed: 1 }))).toBe('Teks terbaca untuk pencarian: 1 dari 2 halaman; 1 halaman gagal dibaca');
    expect(attachmentOcrText(ocr({ read: 0, failed: 2 }))).toBe('Teks tidak terbaca: 2 halaman gagal dibaca');
  });

  it('says a file that could not be opened', () => {
    expect(attachmentOcrText(ocr({ pages: 0, total: 0, read: 0 }))).toBe('Teks tidak dibaca: berkas tidak dapat dibuka');
  });
});
