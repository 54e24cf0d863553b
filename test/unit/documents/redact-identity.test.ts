import { describe, expect, it } from 'vitest';
import type { LetterBodyDoc } from '../../../shared/letters/letter-body';
import { REDACTED, redactIdentity, redactLetterBody } from '../../../shared/letters/redact-identity';

const SITI = {
  name: 'Siti Rahmawati Lamasitudju',
  nik: '7271034506880002',
  phone: '081241234567',
  email: 'siti.rahma@gmail.com',
  address: 'Jl. Sam Ratulangi No. 12, Kel. Besusu Barat, Palu Timur',
};
const R = REDACTED;

describe('redactIdentity', () => {
  it('replaces the full name once, whatever its case', () => {
    expect(redactIdentity('Menindaklanjuti pengaduan Sdri. SITI RAHMAWATI LAMASITUDJU tanggal 20 November 2026', SITI)).toBe(
      `Menindaklanjuti pengaduan Sdri. ${R} tanggal 20 November 2026`,
    );
  });

  it('replaces each word of the name of three letters or more on its own', () => {
    expect(redactIdentity('Ibu Rahmawati telah dihubungi; Bu siti hadir.', SITI)).toBe(`Ibu ${R} telah dihubungi; Bu ${R} hadir.`);
    expect(redactIdentity('Sdr. Al Amin', { name: 'Al Amin' })).toBe(`Sdr. ${R}`);
    expect(redactIdentity('Pak Al datang bersama Amin', { name: 'Al Amin' })).toBe(`Pak Al datang bersama ${R}`);
  });

  it('leaves a name inside a longer word alone (whole words only)', () => {
    expect(redactIdentity('Sitinjak dan Rahmawatiningsih bukan pelapor.', SITI)).toBe('Sitinjak dan Rahmawatiningsih bukan pelapor.');
  });

  it('collapses the marks of a name written with a middle name not on file into one', () => {
    expect(redactIdentity('Siti Nur Rahmawati', SITI)).toBe(`${R} Nur ${R}`);
    expect(redactIdentity('Rahmawati Lamasitudju menyampaikan', SITI)).toBe(`${R} menyampaikan`);
  });

  it('replaces the NIK, the phone number in its usual spellings, the e-mail and the address', () => {
    expect(redactIdentity('NIK 7271034506880002.', SITI)).toBe(`NIK ${R}.`);
    expect(redactIdentity('NIK 7271 0345 0688 0002', SITI)).toBe(`NIK ${R}`);
    for (const phone of ['081241234567', '0812-4123-4567', '0812 4123 4567', '+6281241234567', '+62 812 4123 4567', '6281241234567']) {
      expect(redactIdentity(`Telepon ${phone}, kantor`, SITI), phone).toBe(`Telepon ${R}, kantor`);
    }
    expect(redactIdentity('surel SITI.RAHMA@gmail.com.', SITI)).toBe(`surel ${R}.`);
    expect(redactIdentity('beralamat di Jl. Sam Ratulangi No. 12, Kel. Besusu  Barat, Palu Timur.', SITI)).toBe(`beralamat di ${R}.`);
  });

  it('does not touch a longer number that merely contains the phone number', () => {
    expect(redactIdentity('rekening 9908124123456701', SITI)).toBe('rekening 9908124123456701');
  });

  it('changes nothing for an anonymous complainant or empty values', () => {
    const text = 'Pelapor anonim menyampaikan keluhan.';
    expect(redactIdentity(text, { name: null })).toBe(text);
    expect(redactIdentity(text, { name: '', nik: '', phone: '', email: '', address: '' })).toBe(text);
  });

  it('treats regular-expression characters in a value as plain text', () => {
    expect(redactIdentity('dari (A.N.) Budi+Santoso?', { name: 'Budi+Santoso?' })).toBe(`dari (A.N.) ${R}`);
  });
});

describe('redactLetterBody', () => {
  it('removes the identity from paragraphs, list items and table cells, keeping marks and structure', () => {
    const body: LetterBodyDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Sdri. Siti Rahmawati Lamasitudju', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'telepon 081241234567' }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bu Siti' }] }] }] }] },
      ],
    };
    const out = redactLetterBody(body, SITI);
    expect(JSON.stringify(out)).not.toMatch(/Siti|081241234567/);
    expect(out.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: `Sdri. ${R}`, marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] });
    expect(JSON.stringify(body)).toContain('Siti');
  });
});
