import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, newVerificationCode, sha256, signedHash } from '../../../electron/backend/letters/letter-content';
import { whatsAppNumber } from '../../../electron/backend/letters/letter-delivery';
import { letterFileName } from '../../../electron/backend/letters/letter-documents';
import { paragraphsToBody } from '../../../shared/letters/letter-body';
import type { LetterContent } from '../../../shared/letters/letter-records';
import { letterNumberingSchema, verifyLetterSchema, whatsappLetterSchema } from '../../../shared/letters/letter-schemas';
import { TRACKING_ALPHABET } from '../../../shared/numbering/tracking-code';

const content = (body: string): LetterContent => ({
  header: { to: '', from: '', addresseeName: 'Sdr. Ahmad', addresseeAddress: ['Jl. Mawar 1'], copiesTo: [], nature: 'Biasa', attachments: '', subject: 'Jawaban', place: '' },
  body: paragraphsToBody([body]),
  signing: { mode: 'langsung', signerPositionId: 3, onBehalfOfPositionId: null, intermediatePositionId: null },
  paper: 'A4',
  font: 'arial',
});

describe('the signed hash', () => {
  it('is the sha256 of canonical JSON: key order does not matter, any change of text, number or date does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }], e: undefined })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const a = content('Pengaduan Saudara telah kami tindak lanjuti.');
    const reordered = JSON.parse(JSON.stringify({ font: a.font, paper: a.paper, signing: a.signing, body: a.body, header: a.header })) as LetterContent;
    expect(contentHash(reordered)).toBe(contentHash(a));
    expect(contentHash(content('Pengaduan Saudara telah kami tindaklanjuti.'))).not.toBe(contentHash(a));
    const signed = signedHash(a, '001/PPM/XI/2026', '2026-11-23');
    expect(signed).toMatch(/^[0-9a-f]{64}$/);
    expect(signedHash(a, '002/PPM/XI/2026', '2026-11-23')).not.toBe(signed);
    expect(signedHash(a, '001/PPM/XI/2026', '2026-11-24')).not.toBe(signed);
  });
});

describe('the verification code', () => {
  it('is 10 symbols of the tracking alphabet and does not repeat', () => {
    const codes = Array.from({ length: 2000 }, () => newVerificationCode());
    for (const code of codes.slice(0, 50)) {
      expect(code).toHaveLength(10);
      expect([...code].every((c) => TRACKING_ALPHABET.includes(c))).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is read from a scanned QR payload or typed in lower case', () => {
    expect(verifyLetterSchema.parse({ code: 'meja-aduan:surat:k7m2q9xa4b' }).code).toBe('K7M2Q9XA4B');
    expect(verifyLetterSchema.parse({ code: ' K7M2Q9XA4B ' }).code).toBe('K7M2Q9XA4B');
    const bad = verifyLetterSchema.safeParse({ code: 'http://contoh' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.message).toBe('Kode verifikasi tidak dikenal bentuknya.');
  });
});

describe('delivery helpers', () => {
  it('turns an Indonesian phone number into the wa.me form', () => {
    expect(whatsAppNumber('0812-3456 7890')).toBe('6281234567890');
    expect(whatsAppNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(whatsappLetterSchema.safeParse({ id: 1, phone: '12345', message: '' }).success).toBe(false);
  });

  it('names the file after the kind and the number', () => {
    expect(letterFileName({ kind: 'surat-jawaban', number: '005/PPM/XI/2026', id: 7 })).toBe('Surat-Jawaban-005-PPM-XI-2026.pdf');
    expect(letterFileName({ kind: 'nota-dinas', number: 'W.32.UM.01.01-1473', id: 7 })).toBe('Nota-Dinas-W.32.UM.01.01-1473.pdf');
    expect(letterFileName({ kind: 'nota-dinas', number: null, id: 7 }, '-pratinjau')).toBe('Nota-Dinas-konsep-7-pratinjau.pdf');
  });
});

describe('the numbering patterns', () => {
  it('need {NO} and {TAHUN} (the sequence restarts each year) and refuse unknown codes', () => {
    const ok = letterNumberingSchema.safeParse({ patterns: { 'nota-dinas': 'ND-{NO}/{TAHUN}', 'surat-jawaban': '{NO:3}/PPM/{BULAN}/{TAHUN}' }, classification: '' });
    expect(ok.success).toBe(true);
    const noYear = letterNumberingSchema.safeParse({ patterns: { 'nota-dinas': 'ND-{NO}', 'surat-jawaban': '{NO}/{TAHUN}' }, classification: '' });
    expect(noYear.success ? '' : noYear.error.issues[0]?.message).toContain('{TAHUN}');
    const unknown = letterNumberingSchema.safeParse({ patterns: { 'nota-dinas': 'ND-{NO}/{TAHUN}', 'surat-jawaban': '{NO}/{TGL}/{TAHUN}' }, classification: '' });
    expect(unknown.success ? '' : unknown.error.issues[0]?.message).toBe('Pola nomor surat jawaban memuat kode yang tidak dikenal.');
  });
});
