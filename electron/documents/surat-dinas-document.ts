import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OfficeSettings, PaperSize } from '../../shared/office/office-settings';
import { formatDay } from '../../shared/time/indonesian-dates';
import { keepLastWithSignature, labelValueTable, letterBody, numberedList, officePlace, unbroken, type LetterBodyBlock } from './document-blocks';
import { FONT_SANS } from './fonts';
import { letterSignatureColumn, type LetterSigner } from './letter-signature';
import { buildLetterhead } from './letterhead';
import { pageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

/** A surat dinas: the office's letter to someone outside, here the reply to a complainant. */
export interface SuratDinasData {
  office: OfficeSettings;
  paper: PaperSize;
  /** The number, given at signing. */
  number: string;
  /** The place before the date; defaults to the city of the office address. */
  place?: string;
  /** The letter's date: an office calendar day 'YYYY-MM-DD'. */
  date: string;
  /** Sifat: "Biasa", "Segera", … */
  nature: string;
  /** Lampiran, or '' for none (prints a dash). */
  attachments: string;
  /** Hal. */
  subject: string;
  /** The addressee as written after "Yth." ("Sdr. Ahmad Fauzi") and the lines of his address. */
  addressee: { name: string; address: readonly string[] };
  /** Opening, content and closing paragraphs in order; the last one stays with the signature. */
  body: readonly LetterBodyBlock[];
  signer: LetterSigner;
  /** Tembusan, in order; an empty list prints none. */
  copiesTo: readonly string[];
  printedAt: Date;
}

const BASE = 11;
const LABEL_WIDTH = 58;

/** Nomor, Sifat, Lampiran, Hal at the left; place and date at the right, on the line of Nomor. */
function headerFields(data: SuratDinasData): Content {
  const place = data.place?.trim() || officePlace(data.office.address);
  const date = formatDay(data.date);
  const fields = labelValueTable(
    [
      { label: 'Nomor', value: data.number },
      { label: 'Sifat', value: data.nature },
      { label: 'Lampiran', value: data.attachments },
      { label: 'Hal', value: data.subject },
    ],
    { labelWidth: LABEL_WIDTH, rowGap: 1 },
  );
  return {
    columns: [
      { stack: [fields], width: '*' },
      // One unbreakable line: an auto column squeezed by a long Hal would otherwise wrap it.
      { text: unbroken(place ? `${place}, ${date}` : date), width: 'auto' },
    ],
    columnGap: 24,
    alignment: 'left',
    margin: [0, 0, 0, 18],
  };
}

/** "Yth." with the addressee's name, address and "di Tempat", as the envelope would read. */
function addresseeBlock(data: SuratDinasData): Content {
  const address = data.addressee.address.map((line) => line.trim()).filter(Boolean);
  return {
    columns: [
      { text: 'Yth.', width: 24 },
      {
        stack: [{ text: data.addressee.name.trim() }, ...address.map((text): Content => ({ text })), { text: 'di Tempat', margin: [0, 2, 0, 0] }],
        width: '*',
      },
    ],
    columnGap: 2,
    alignment: 'left',
    margin: [0, 0, 0, 16],
  };
}

function copiesBlock(copiesTo: readonly string[]): Content[] {
  const copies = copiesTo.map((c) => c.trim()).filter(Boolean);
  if (copies.length === 0) return [];
  return [
    {
      stack: [{ text: 'Tembusan:', margin: [0, 0, 0, 2] }, numberedList(copies, { markerWidth: 16 })],
      margin: [0, 20, 0, 0],
      fontSize: 10,
      alignment: 'left',
      unbreakable: true,
    },
  ];
}

/**
 * The surat dinas as a pdfmake document: portrait A4 or F4, the letterhead on page 1 only,
 * "- 2 -" at the top centre from page 2 on, the signature kept with the closing paragraph,
 * the Tembusan at the bottom.
 */
export function buildSuratDinasDocument(data: SuratDinasData): TDocumentDefinitions {
  const setup = pageSetup(data.paper, 'portrait');
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    info: documentInfo(`Surat Nomor ${data.number} hal ${data.subject}`, data.office.nameLines, data.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: BASE, lineHeight: 1.15, alignment: 'justify' },
    header: (currentPage) =>
      currentPage > 1 ? { text: `- ${currentPage} -`, alignment: 'center', fontSize: 10, margin: [marginLeft, marginTop - 26, marginRight, 0] } : null,
    content: [
      buildLetterhead(data.office, setup.contentWidth),
      headerFields(data),
      addresseeBlock(data),
      ...keepLastWithSignature(letterBody(data.body), letterSignatureColumn(data.signer)),
      ...copiesBlock(data.copiesTo),
    ],
  };
}

/** Renders the surat dinas to PDF bytes. */
export async function renderSuratDinasPdf(data: SuratDinasData): Promise<Buffer> {
  return renderPdf(buildSuratDinasDocument(data));
}
