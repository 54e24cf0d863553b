import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OfficeSettings, PaperSize } from '../../shared/office/office-settings';
import { formatDay } from '../../shared/time/indonesian-dates';
import { labelValueTable, numberedList, officePlace, unbroken, type LetterBodyBlock } from './document-blocks';
import { letterBodyBlocks, letterClosing, letterFrame, letterPageSetup, printedNumber, type LetterLayoutOptions } from './letter-layout';
import { letterSignatureColumn, type LetterSigner } from './letter-signature';
import { buildLetterhead } from './letterhead';
import { documentInfo, renderPdf } from './render-pdf';

/** A surat dinas: the office's letter to someone outside, here the reply to a complainant. */
export interface SuratDinasData {
  office: OfficeSettings;
  paper: PaperSize;
  /** The number, given at signing; '' on a draft prints blank room after "Nomor :". */
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
  /** Options of the letters service: typeface, margins, KONSEP watermark, QR and paraf blocks. */
  layout?: LetterLayoutOptions;
  /** Tembusan, in order; an empty list prints none. */
  copiesTo: readonly string[];
  printedAt: Date;
}

const LABEL_WIDTH = 58;

/** Nomor, Sifat, Lampiran, Hal at the left; place and date at the right, on the line of Nomor. */
function headerFields(data: SuratDinasData): Content {
  const place = data.place?.trim() || officePlace(data.office.address);
  const date = data.layout?.dateText ?? formatDay(data.date);
  const fields = labelValueTable(
    [
      // A Content value, not a string: labelValueTable prints a dash for an empty string.
      { label: 'Nomor', value: { text: printedNumber(data.number) } },
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
      margin: [0, 14, 0, 0],
      fontSize: 10,
      alignment: 'left',
    },
  ];
}

/**
 * The surat dinas as a pdfmake document: portrait A4 or F4, the letterhead on page 1 only,
 * "- 2 -" at the top centre from page 2 on, the signature kept with the closing paragraph,
 * the Tembusan at the bottom.
 */
export function buildSuratDinasDocument(data: SuratDinasData): TDocumentDefinitions {
  const setup = letterPageSetup(data.paper, data.layout);
  const title = data.number.trim() ? `Surat Nomor ${data.number}` : 'Konsep Surat';
  return {
    ...letterFrame(setup, data.layout),
    info: documentInfo(`${title} hal ${data.subject}`, data.office.nameLines, data.printedAt),
    content: [
      buildLetterhead(data.office, setup.contentWidth, data.layout?.letterheadRule),
      headerFields(data),
      addresseeBlock(data),
      // The Tembusan and the blocks under it stay on the page of the signature.
      ...letterClosing(
        letterBodyBlocks(data.body, data.layout),
        letterSignatureColumn(data.signer),
        [...copiesBlock(data.copiesTo), ...(data.layout?.foot ?? [])],
        data.layout,
      ),
    ],
  };
}

/** Renders the surat dinas to PDF bytes. */
export async function renderSuratDinasPdf(data: SuratDinasData): Promise<Buffer> {
  return renderPdf(buildSuratDinasDocument(data));
}
