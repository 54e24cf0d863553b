import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { PaperSize } from '../../shared/office/office-settings';
import { formatDay } from '../../shared/time/indonesian-dates';
import { labelValueTable, letterMarker, numberedList, officePlace, officialSignatureBlock, unbroken } from './document-blocks';
import { FONT_SANS } from './fonts';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { pageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';
import { SEED_004_LEGAL_BASES } from './team-decree-legal-bases';
import { TEAM_MEMBER_ROLES, TEAM_MEMBER_ROLE_LABELS, type TeamMemberRole } from '../../shared/workflow/tray';

export { SEED_004_LEGAL_BASES };

export interface TeamMember {
  name: string;
  /** '' for a member who has none (a contract employee): prints a dash. */
  nip: string;
  /** Jabatan in the office. */
  position: string;
  role: TeamMemberRole;
}

export interface DecreeSigner {
  /** The position as it heads the decree ("Kepala Kantor Imigrasi Kelas II TPI Belakang Padang"). */
  position: string;
  name: string;
  nip: string;
  rank?: string;
}

/** An SK Tim (seed 004, step 6: the head of office forms a team to handle a complaint). */
export interface TeamDecreeData {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  paper: PaperSize;
  /** The decree's number, given at signing. */
  number: string;
  /** What the team handles, printed after "Tim Penanganan": "Pengaduan Masyarakat Nomor Register 0012/ADU/…". */
  teamSubject: string;
  /** Menimbang: the considerations, each starting "bahwa …" (lettered a, b, …). */
  considerations: readonly string[];
  /** Mengingat: the legal bases, numbered (e.g. SEED_004_LEGAL_BASES). */
  legalBases: readonly string[];
  /** The team's tasks (KEDUA), lettered. */
  tasks: readonly string[];
  /** The team's term (KETIGA): office calendar days 'YYYY-MM-DD'. */
  term: { from: string; to: string };
  /** Ditetapkan di: defaults to the city of the office address. */
  place?: string;
  /** Ditetapkan pada tanggal: an office calendar day. */
  decidedOn: string;
  signer: DecreeSigner;
  members: readonly TeamMember[];
  /** Tembusan, in order; an empty list prints no Tembusan. */
  copiesTo: readonly string[];
  printedAt: Date;
}

const BASE = 11;
const SIGNATURE_SPACE = 56;
const DIKTUM_LABEL = 74;
/** Rows of the membership table that go to the next page with the signature, if it must move. */
const TAIL_ROWS = 2;

const upper = (text: string) => text.toLocaleUpperCase('id-ID');

/** The decree's full name in two parts: "KEPUTUSAN KEPALA KANTOR …" and "PEMBENTUKAN TIM PENANGANAN …". */
export function decreeTitle(data: Pick<TeamDecreeData, 'signer' | 'teamSubject'>) {
  return {
    issuer: `KEPUTUSAN ${upper(data.signer.position)}`,
    about: `PEMBENTUKAN TIM PENANGANAN ${upper(data.teamSubject)}`,
  };
}

/**
 * Items punctuated as the drafting rules of regulations (UU 12/2011, lampiran II) have it:
 * considerations and legal bases each end with ";" (the last too); a list inside an
 * article ends each item with ";", the one before the last with "; dan", the last with ".".
 */
function punctuated(items: readonly string[], style: 'semicolons' | 'list'): string[] {
  return items.map((item, i) => {
    const text = item.trim().replace(/[;.,\s]+$/, '');
    if (style === 'semicolons') return `${text};`;
    if (i === items.length - 1) return `${text}.`;
    return i === items.length - 2 ? `${text}; dan` : `${text};`;
  });
}

/** "Menimbang : a. …": a label, a colon, and the block beside them. */
function labelled(label: string, block: Content, margin: [number, number, number, number] = [0, 0, 0, 6]): Content {
  return { columns: [{ text: label, width: DIKTUM_LABEL }, { text: ':', width: 10 }, { stack: [block], width: '*' }], columnGap: 0, margin };
}

/** Members ordered by role (Penanggung Jawab, Ketua, Sekretaris, Anggota), stable within a role. */
function orderedMembers(members: readonly TeamMember[]): TeamMember[] {
  return [...members].sort((a, b) => TEAM_MEMBER_ROLES.indexOf(a.role) - TEAM_MEMBER_ROLES.indexOf(b.role));
}

/**
 * Ditetapkan di / pada tanggal, the jabatan, room to sign, name and NIP, in the right half.
 * The Lampiran is signed without the place and date: its heading already carries the date.
 */
function signature(data: TeamDecreeData, margin: [number, number, number, number], withPlace = true): Content {
  const place = data.place?.trim() || officePlace(data.office.address);
  const block = officialSignatureBlock({
    lines: !withPlace ? [] : [
      labelValueTable(
        [
          { label: 'Ditetapkan di', value: place },
          { label: 'pada tanggal', value: unbroken(formatDay(data.decidedOn)) },
        ],
        { labelWidth: 72, rowGap: 0 },
      ),
      { text: '', margin: [0, 6, 0, 0] },
    ],
    position: `${upper(data.signer.position)},`,
    name: upper(data.signer.name),
    ...(data.signer.rank ? { rank: data.signer.rank } : {}),
    nip: data.signer.nip,
    space: SIGNATURE_SPACE,
  });
  return { columns: [{ text: '', width: '*' }, { stack: [block], width: '50%' }], margin, unbreakable: true, alignment: 'left' };
}

const tableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
  fillColor: (row: number, node: { table: { headerRows?: number } }) => (row < (node.table.headerRows ?? 0) ? '#e6e6e6' : null),
};

/** The Lampiran on a new page: its heading at the right, the title, the membership table, the signature. */
function attachment(data: TeamDecreeData, width: number): Content[] {
  const { issuer, about } = decreeTitle(data);
  const heading = labelValueTable(
    [
      { label: 'LAMPIRAN', value: issuer },
      { label: 'NOMOR', value: data.number },
      { label: 'TENTANG', value: about },
      { label: 'TANGGAL', value: unbroken(formatDay(data.decidedOn)) },
    ],
    { labelWidth: 62, fontSize: 9.5, rowGap: 1 },
  );
  const header: TableCell[] = ['No', 'Nama', 'NIP', 'Jabatan', 'Kedudukan dalam Tim'].map((h) => ({ text: h, bold: true, alignment: 'center' }));
  const rows = orderedMembers(data.members).map((m, i): TableCell[] => [
    { text: `${i + 1}.`, alignment: 'right' },
    { text: m.name },
    { text: m.nip.trim() || '–', noWrap: true },
    { text: m.position },
    { text: TEAM_MEMBER_ROLE_LABELS[m.role] },
  ]);
  // The header repeats on every page the table runs over.
  const table = (body: TableCell[][], headerRows: number): Content => ({
    table: { headerRows, dontBreakRows: true, widths: [20, '*', 100, '*', 80], body },
    layout: tableLayout,
    fontSize: 9.5,
    alignment: 'left',
  });
  const head = rows.slice(0, Math.max(0, rows.length - TAIL_ROWS));
  const tail = rows.slice(head.length);
  return [
    { columns: [{ text: '', width: '*' }, { stack: [heading], width: width * 0.55 }], pageBreak: 'before', margin: [0, 0, 0, 14], alignment: 'left' },
    { text: `SUSUNAN KEANGGOTAAN TIM PENANGANAN ${upper(data.teamSubject)}`, bold: true, alignment: 'center', margin: [20, 0, 20, 8] },
    ...(head.length > 0 ? [table([header, ...head], 1)] : []),
    // The last rows go with the signature, so that it never opens a page alone; the two
    // tables share their widths and rules and read as one.
    { stack: [head.length > 0 ? table(tail, 0) : table([header, ...tail], 1), signature(data, [0, 12, 0, 0], false)], unbreakable: true },
  ];
}

function body(data: TeamDecreeData): Content[] {
  const { issuer, about } = decreeTitle(data);
  const listed = (items: readonly string[], style: 'semicolons' | 'list', marker?: (i: number) => string) =>
    numberedList(punctuated(items, style), { markerWidth: 18, rowGap: 2, ...(marker ? { marker } : {}) });
  const from = unbroken(formatDay(data.term.from));
  const to = unbroken(formatDay(data.term.to));
  const diktum = (label: string, content: Content) => labelled(label, content, [0, 0, 0, 5]);
  const team = `Tim Penanganan ${data.teamSubject}`;
  const copies: Content[] =
    data.copiesTo.length > 0
      ? [{ stack: [{ text: 'Tembusan:', margin: [0, 0, 0, 2] }, numberedList(data.copiesTo.map((c) => c.trim()), { markerWidth: 16 })], margin: [0, 16, 0, 0], fontSize: 10, alignment: 'left', unbreakable: true }]
      : [];
  return [
    { text: issuer, bold: true, alignment: 'center' },
    { text: `NOMOR ${data.number}`, alignment: 'center', margin: [0, 2, 0, 8] },
    { text: 'TENTANG', alignment: 'center', margin: [0, 0, 0, 2] },
    { text: about, bold: true, alignment: 'center', margin: [30, 0, 30, 12] },
    { text: `${upper(data.signer.position)},`, alignment: 'center', margin: [0, 0, 0, 12] },
    labelled('Menimbang', listed(data.considerations, 'semicolons', letterMarker)),
    labelled('Mengingat', listed(data.legalBases, 'semicolons')),
    { text: 'MEMUTUSKAN:', bold: true, alignment: 'center', margin: [0, 4, 0, 8] },
    labelled('Menetapkan', { text: `${issuer} TENTANG ${about}.` }, [0, 0, 0, 8]),
    diktum('KESATU', {
      text: `Membentuk ${team} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
    }),
    diktum('KEDUA', {
      stack: [{ text: 'Tim sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:', margin: [0, 0, 0, 2] }, listed(data.tasks, 'list', letterMarker)],
    }),
    diktum('KETIGA', {
      text: `Tim melaksanakan tugas sejak tanggal ${from} sampai dengan tanggal ${to} dan melaporkan hasilnya kepada ${data.signer.position}.`,
    }),
    // The last article goes with the signature: a signature block never opens a page alone.
    { stack: [diktum('KEEMPAT', { text: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.' }), signature(data, [0, 14, 0, 0])], unbreakable: true },
    ...copies,
  ];
}

/**
 * The SK Tim as a pdfmake document: portrait A4 or F4, the letterhead on page 1 only,
 * "- 2 -" at the top centre from page 2 on, the Lampiran (membership) from a new page.
 */
export function buildTeamDecreeDocument(data: TeamDecreeData): TDocumentDefinitions {
  const setup = pageSetup(data.paper, 'portrait');
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    info: documentInfo(`Keputusan Nomor ${data.number} tentang Pembentukan Tim Penanganan ${data.teamSubject}`, data.office.nameLines, data.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: BASE, lineHeight: 1.15, alignment: 'justify' },
    header: (currentPage) =>
      currentPage > 1 ? { text: `- ${currentPage} -`, alignment: 'center', fontSize: 10, margin: [marginLeft, marginTop - 26, marginRight, 0] } : null,
    content: [buildLetterhead(data.office, setup.contentWidth), ...body(data), ...attachment(data, setup.contentWidth)],
  };
}

/** Renders the SK Tim to PDF bytes. */
export async function renderTeamDecreePdf(data: TeamDecreeData): Promise<Buffer> {
  return renderPdf(buildTeamDecreeDocument(data));
}
