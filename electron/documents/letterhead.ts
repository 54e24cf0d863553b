import type { Content, TableCell } from 'pdfmake/interfaces';
import type { LetterheadRule } from '../../shared/office/document-settings';
import type { OfficeSettings } from '../../shared/office/office-settings';

/**
 * The office as a document's letterhead needs it: its identity, and the rule under the kop
 * the administrator chose in Pengaturan → Dokumen surat (SettingsService.letterheadOffice),
 * so receipts, the lembar disposisi, the SK Tim and the guest book match the letters.
 */
export type LetterheadOffice = OfficeSettings & { letterheadRule?: LetterheadRule };

/** Room the logo gets; the same width is kept free at the right so the text stays centred on the page. */
const LOGO_WIDTH = 60;
/** Emblems (Garuda, regional coats of arms) are taller than wide; don't let one tower over the text. */
const LOGO_MAX_HEIGHT = 70;
const LOGO_GAP = 10;

/** Thick-over-thin double rule (the usual kop surat underline), or one line where the office's rules say so. */
function letterheadRule(width: number, style: LetterheadRule): Content {
  const canvas =
    style === 'double'
      ? [
          { type: 'line' as const, x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2.25 },
          { type: 'line' as const, x1: 0, y1: 3.5, x2: width, y2: 3.5, lineWidth: 0.75 },
        ]
      : [{ type: 'line' as const, x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.5 }];
  return { canvas, margin: [0, 5, 0, 0] };
}

/** "Telepon (0451) 421234 · Laman palukota.go.id · Surel info@palukota.go.id", only the parts given. */
export function contactLine(office: Pick<OfficeSettings, 'phone' | 'website' | 'email'>): string {
  return [
    office.phone && `Telepon ${office.phone}`,
    office.website && `Laman ${office.website}`,
    office.email && `Surel ${office.email}`,
  ]
    .filter(Boolean)
    .join('  ·  ');
}

function textBlock(office: OfficeSettings): Content {
  const names = office.nameLines.map((line) => line.trim().toLocaleUpperCase('id-ID')).filter(Boolean);
  const lastIndex = names.length - 1;
  const lines: Content[] = names.map((line, i) =>
    // Parent bodies above, the office itself last: bold and larger, as the letterhead rules have it.
    i === lastIndex ? { text: line, fontSize: 15, bold: true } : { text: line, fontSize: 12.5 },
  );
  if (office.address) lines.push({ text: office.address, fontSize: 10, margin: [0, 2, 0, 0] });
  const contact = contactLine(office);
  if (contact) lines.push({ text: contact, fontSize: 9.5 });
  return { stack: lines, alignment: 'center', lineHeight: 1.05 };
}

/**
 * Logo | text | empty column of the logo's width, as a borderless table: pdfmake's
 * `columns` cannot centre vertically, a table cell can, and a logo beside a two- or
 * three-line name should sit at the middle of the text, not hang from its top.
 */
function withLogo(logoDataUrl: string, text: Content): Content {
  const logo: TableCell = {
    image: logoDataUrl,
    fit: [LOGO_WIDTH, LOGO_MAX_HEIGHT],
    alignment: 'center',
    verticalAlignment: 'middle',
  };
  const middle: TableCell = { stack: [text], verticalAlignment: 'middle' };
  return {
    table: { widths: [LOGO_WIDTH, '*', LOGO_WIDTH], body: [[logo, middle, '']] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      // Flush with the margins at both ends, the gap split between neighbouring cells.
      paddingLeft: (i) => (i === 0 ? 0 : LOGO_GAP / 2),
      paddingRight: (i) => (i === 2 ? 0 : LOGO_GAP / 2),
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
}

/**
 * The kop surat as pdfmake content: logo at the left, name lines centred in capitals,
 * address and contacts, the rule (double unless the document settings say single) across
 * `contentWidth` (pass the page's width between margins, so it fits portrait and landscape
 * alike). Put it at the start of the document content, not in the page header: the rules
 * want it on page 1 only.
 */
export function buildLetterhead(office: LetterheadOffice, contentWidth: number, rule: LetterheadRule = office.letterheadRule ?? 'double'): Content {
  const text = textBlock(office);
  const top = office.logoDataUrl ? withLogo(office.logoDataUrl, text) : text;
  return { stack: [top, letterheadRule(contentWidth, rule)], margin: [0, 0, 0, 10] };
}
