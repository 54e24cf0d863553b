import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LetterBodyDoc } from '../../shared/letters/letter-body';
import type { PaperSize } from '../../shared/office/office-settings';
import { formatDate } from '../../shared/time/indonesian-dates';
import { FONT_SANS } from './fonts';
import { letterBodyContent } from './letter-body-content';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { pageSetup } from './page-setup';
import { PUBLIC_ANSWER_NOTE, PUBLIC_ANSWER_TITLE, publicAnswerReference } from './public-answer-html';
import { documentInfo, renderPdf } from './render-pdf';

/**
 * The public answer (seed 002 step 10/14: a press release, or the answer on the office's
 * website): the substance of the signed reply for everyone to read, with the complainant's
 * identity removed. The caller removes it (redactIdentity / redactLetterBody in
 * shared/letters/redact-identity.ts): this file prints what it is given and nothing of the
 * complaint's identity fields, which it never receives. A PDF for the notice board and a
 * self-contained HTML page for the website (public-answer-html.ts), same text in both.
 */
export interface PublicAnswerData {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  paper: PaperSize;
  /** The complaint's tracking code: the complainant recognises his case by it, nobody learns who he is. */
  trackingCode: string;
  letterNumber: string;
  /** The reply's date, 'YYYY-MM-DD'. */
  letterDate: string;
  /** Hal, identity removed. */
  subject: string;
  /** The answer as paragraphs of plain text, identity removed; used when `body` is absent. */
  paragraphs: readonly string[];
  /** The answer with its lists and tables (`redactLetterBody` of the signed body); preferred over `paragraphs`. */
  body?: LetterBodyDoc;
  /** The jabatan that signed the reply, as printed under the answer. */
  signerJabatan: string;
  publishedAt: Date;
}

function answerBody(data: PublicAnswerData): Content[] {
  if (data.body) return letterBodyContent(data.body);
  return data.paragraphs.filter((p) => p.trim()).map((text): Content => ({ text: text.trim(), margin: [0, 0, 0, 6] }));
}

export function buildPublicAnswerDocument(data: PublicAnswerData): TDocumentDefinitions {
  const setup = pageSetup(data.paper, 'portrait');
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    info: documentInfo(`Jawaban Publik atas Pengaduan ${data.trackingCode}`, data.office.nameLines, data.publishedAt),
    defaultStyle: { font: FONT_SANS, fontSize: 11, lineHeight: 1.15, alignment: 'justify' },
    header: (currentPage) =>
      currentPage > 1 ? { text: `- ${currentPage} -`, alignment: 'center', fontSize: 10, margin: [marginLeft, Math.max(14, marginTop - 26), marginRight, 0] } : null,
    content: [
      buildLetterhead(data.office, setup.contentWidth),
      { text: PUBLIC_ANSWER_TITLE, bold: true, alignment: 'center', fontSize: 13, margin: [0, 4, 0, 2] },
      { text: publicAnswerReference(data), alignment: 'center', fontSize: 9.5, margin: [0, 0, 0, 14] },
      { text: [{ text: 'Hal: ', bold: true }, { text: data.subject }], alignment: 'left', margin: [0, 0, 0, 8] },
      ...answerBody(data),
      {
        stack: [
          { text: `Diterbitkan ${formatDate(data.publishedAt, data.office.timeZone)}` },
          ...(data.signerJabatan.trim() ? [{ text: data.signerJabatan.trim() }] : []),
          { text: data.office.nameLines.at(-1) ?? '' },
        ],
        alignment: 'left',
        margin: [setup.contentWidth / 2, 16, 0, 0],
        unbreakable: true,
      },
      { text: PUBLIC_ANSWER_NOTE, italics: true, fontSize: 8.5, alignment: 'left', margin: [0, 24, 0, 0] },
    ],
  };
}

export const renderPublicAnswerPdf = (data: PublicAnswerData): Promise<Buffer> => renderPdf(buildPublicAnswerDocument(data));

// The HTML page lives in its own file; re-exported so the service imports both from here.
export { PUBLIC_ANSWER_NOTE, PUBLIC_ANSWER_TITLE, renderPublicAnswerHtml } from './public-answer-html';
