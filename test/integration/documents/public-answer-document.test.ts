import { describe, expect, it } from 'vitest';
import { renderPublicAnswerHtml, renderPublicAnswerPdf, type PublicAnswerData } from '../../../electron/documents/public-answer-document';
import { bodyToPlainText } from '../../../shared/letters/letter-body';
import { REDACTED, redactIdentity, redactLetterBody } from '../../../shared/letters/redact-identity';
import { pdfPagesText, pdfToText } from '../../support/pdf-tools';
import { OFFICE_002, p, text } from './letter-fixtures';

// Seed 002: the answer goes out as a press release / on the website, without the complainant.

const IDENTITY = { name: 'Yusuf Hamdani', nik: '1971031205850001', phone: '081377712345', email: 'yusuf.h@mail.id', address: 'Jl. Depati Amir No. 9, Pangkalpinang' };

const SIGNED_BODY = {
  type: 'doc' as const,
  content: [
    p('Menindaklanjuti pengaduan Sdr. Yusuf Hamdani (telepon 0813-7771-2345) tentang layanan kunjungan, disampaikan:'),
    { type: 'orderedList' as const, content: [{ type: 'listItem' as const, content: [p('jadwal kunjungan ', text('diperpanjang', 'bold'), ';')] }, { type: 'listItem' as const, content: [p('petugas <jaga> telah dibina & ditegur.')] }] },
    p('Terima kasih kepada Bapak Yusuf atas laporannya.'),
  ],
};

function answer(overrides: Partial<PublicAnswerData> = {}): PublicAnswerData {
  return {
    office: OFFICE_002,
    paper: 'A4',
    trackingCode: 'K7QM-4XZ9',
    letterNumber: 'W10-PP.04.01-123',
    letterDate: '2026-11-23',
    subject: redactIdentity('Jawaban atas pengaduan Sdr. Yusuf Hamdani', IDENTITY),
    paragraphs: bodyToPlainText(SIGNED_BODY).split('\n').map((line) => redactIdentity(line, IDENTITY)),
    body: redactLetterBody(SIGNED_BODY, IDENTITY),
    signerJabatan: 'Kepala Kantor Wilayah',
    publishedAt: new Date('2026-11-24T03:00:00Z'),
    ...overrides,
  };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const NO_TRACE = /Yusuf|Hamdani|1971031205850001|0813|81377712345|yusuf\.h@mail\.id|Depati Amir/i;

describe('Public answer', () => {
  it('PDF: the title, the reference by tracking code and letter, the answer with its list, no trace of the complainant', async () => {
    const pdf = await renderPublicAnswerPdf(answer());
    const raw = fold(pdfToText(pdf, 'raw'));
    expect(raw).toContain('KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG');
    expect(raw).toContain('JAWABAN ATAS PENGADUAN MASYARAKAT Kode pelacakan K7QM-4XZ9 · Surat Nomor W10-PP.04.01-123 tanggal 23 November 2026');
    expect(raw).toContain(`Hal: Jawaban atas pengaduan Sdr. ${REDACTED}`);
    expect(raw).toContain(`pengaduan Sdr. ${REDACTED} (telepon ${REDACTED}) tentang layanan kunjungan, disampaikan: 1. jadwal kunjungan diperpanjang; 2. petugas <jaga> telah dibina & ditegur.`);
    expect(raw).toContain('Diterbitkan 24 November 2026 Kepala Kantor Wilayah Kantor Wilayah Kepulauan Bangka Belitung');
    expect(raw).toContain('Identitas pelapor dirahasiakan');
    expect(raw).not.toMatch(NO_TRACE);
  });

  it('PDF from plain paragraphs when no body is given', async () => {
    const { body: _body, ...plain } = answer();
    const raw = fold(pdfPagesText(await renderPublicAnswerPdf(plain)).join(' '));
    expect(raw).toContain('1. jadwal kunjungan diperpanjang;');
    expect(raw).not.toMatch(NO_TRACE);
  });

  it('HTML: a complete Indonesian page, escaped, with nothing loaded from elsewhere and no trace of the complainant', () => {
    const html = renderPublicAnswerHtml(answer({ office: { ...OFFICE_002, nameLines: ['Kementerian <Hukum> & HAM', 'Kantor Wilayah "Babel"'] } }));
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('</html>');
    expect(html).toContain('Kementerian &lt;Hukum&gt; &amp; HAM');
    expect(html).toContain('Kantor Wilayah &quot;Babel&quot;');
    expect(html).toContain('petugas &lt;jaga&gt; telah dibina &amp; ditegur.');
    expect(html).toContain('<strong>diperpanjang</strong>');
    expect(html).toContain('<span class="marker">2.</span>');
    expect(html).toContain(`Sdr. ${REDACTED}`);
    expect(html).not.toMatch(NO_TRACE);
    // Self-contained: no script, no stylesheet link, no URL to fetch.
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(|src="http|href=/i);
    expect(html).toContain('Identitas pelapor dirahasiakan');
  });

  it('HTML embeds the logo only as a PNG/JPEG data URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(renderPublicAnswerHtml(answer({ office: { ...OFFICE_002, logoDataUrl: png } }))).toContain(`<img src="${png}"`);
    expect(renderPublicAnswerHtml(answer({ office: { ...OFFICE_002, logoDataUrl: 'javascript:alert(1)' } }))).not.toContain('<img');
  });
});
