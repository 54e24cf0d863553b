import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { INDONESIAN_MONTHS, officeClock } from '../../shared/time/indonesian-dates';
import { FONT_BOOKMAN, FONT_SANS, FONT_SERIF } from './fonts';
import { letterBodyContent, letterBodyContentWithTail } from './letter-body-content';
import type { LetterDocumentData, LetterFont } from './letter-document-data';
import { closingFitsOnePage, estimateClosingHeight } from './letter-closing-estimate';
import { letterFoot } from './letter-foot-blocks';
import { BLANK_NUMBER, letterPageSetup, type LetterLayoutOptions } from './letter-layout';
import { buildNotaDinasDocument } from './nota-dinas-document';
import { renderPdf } from './render-pdf';
import { buildSuratDinasDocument } from './surat-dinas-document';

/**
 * The one entry point of the letters service: a nota dinas or a surat jawaban in any state,
 * from a draft (no number, no day, "KONSEP" across every page) to the signed letter with its
 * number, date, verification QR and, on the file copy, the paraf column.
 */

/** The shipped twin of each office typeface (same metrics, so a letter breaks lines as in Word). */
export const LETTER_FONT_FAMILIES: Record<LetterFont, string> = {
  arial: FONT_SANS,
  times: FONT_SERIF,
  bookman: FONT_BOOKMAN,
};

export const DRAFT_WATERMARK = 'KONSEP';

/**
 * A draft has no date yet: the month and year it is written in, after blank room for the
 * day, as a typed draft leaves "     November 2026" for the day to be filled at signing.
 */
export function draftDateText(printedAt: Date, data: Pick<LetterDocumentData, 'office'>): string {
  const c = officeClock(printedAt, data.office.timeZone);
  return `${BLANK_NUMBER.slice(0, 6)}${INDONESIAN_MONTHS[c.month - 1]} ${c.year}`;
}

function layoutOptions(data: LetterDocumentData): LetterLayoutOptions {
  const { contentWidth, contentHeight } = letterPageSetup(data.paper, data.marginsCm ? { marginsCm: data.marginsCm } : undefined);
  // A last block too tall to move with the signature is cut, and its small tail moves instead.
  const fits = closingFitsOnePage(data, contentWidth, contentHeight);
  const body = fits ? { blocks: letterBodyContent(data.body), detached: false } : letterBodyContentWithTail(data.body);
  return {
    font: LETTER_FONT_FAMILIES[data.font],
    ...(data.marginsCm ? { marginsCm: data.marginsCm } : {}),
    ...(data.letterheadRule ? { letterheadRule: data.letterheadRule } : {}),
    ...(data.draft ? { watermark: DRAFT_WATERMARK } : {}),
    bodyContent: body.blocks,
    ...(data.date ? {} : { dateText: draftDateText(data.printedAt, data) }),
    foot: letterFoot(data),
    keepWithSignature: {
      lastBlock: fits || body.detached,
      after: estimateClosingHeight(data, contentWidth) <= contentHeight - 24,
    },
  };
}

/** The nota dinas or the surat jawaban of the data, as a pdfmake document. */
export function buildLetterDocument(data: LetterDocumentData): TDocumentDefinitions {
  const common = {
    office: data.office,
    paper: data.paper,
    number: data.number ?? '',
    // Only printed through `dateText` when there is no date; any valid day keeps the types simple.
    date: data.date ?? '1970-01-01',
    nature: data.nature,
    attachments: data.attachments,
    subject: data.subject,
    body: [],
    signer: data.signer,
    copiesTo: data.copiesTo,
    printedAt: data.printedAt,
    layout: layoutOptions(data),
  };
  if (data.kind === 'nota-dinas') return buildNotaDinasDocument({ ...common, to: data.to ?? '', from: data.from ?? '' });
  return buildSuratDinasDocument({
    ...common,
    ...(data.place ? { place: data.place } : {}),
    addressee: data.addressee ?? { name: '', address: [] },
  });
}

/** Renders the letter to PDF bytes. */
export async function renderLetterPdf(data: LetterDocumentData): Promise<Buffer> {
  return renderPdf(buildLetterDocument(data));
}
