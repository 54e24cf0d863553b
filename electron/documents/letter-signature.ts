import type { Content } from 'pdfmake/interfaces';
import { officialSignatureBlock } from './document-blocks';

/**
 * Who signs a letter, and for whom (DOMAIN.md, "Signing on behalf"):
 * - 'langsung': the official signs in his own name;
 * - 'an' (atas nama): one level below, on behalf of the head;
 * - 'ub' (untuk beliau): two levels below, always under the a.n. line of the head and the
 *   jabatan of the official in between;
 * - 'plt' (pelaksana tugas): acting in a vacant post;
 * - 'plh' (pelaksana harian): standing in for an official who is temporarily absent.
 */
export const LETTER_SIGNING_MODES = ['langsung', 'an', 'ub', 'plt', 'plh'] as const;
export type LetterSigningMode = (typeof LETTER_SIGNING_MODES)[number];

export interface LetterSigner {
  mode: LetterSigningMode;
  /** The signer's own jabatan; for Plt./Plh. the post he fills ("Kepala Dinas …"). */
  jabatan: string;
  /** a.n. and u.b.: the jabatan of the head the letter is signed for. */
  onBehalfOf?: string;
  /** u.b.: the jabatan between the head and the signer (who would sign a.n.). */
  intermediate?: string;
  name: string;
  /** Pangkat/golongan, e.g. "Pembina Tk. I (IV/b)"; left out when empty. */
  rank?: string;
  nip?: string;
}

/** Height of the blank space for the wet-ink signature and the stamp, in points. */
export const LETTER_SIGNATURE_SPACE = 56;

const upper = (text: string) => text.trim().toLocaleUpperCase('id-ID');

function required(value: string | undefined, what: string): string {
  if (!value || value.trim() === '') throw new Error(`Penanda tangan: ${what} wajib diisi.`);
  return value;
}

/**
 * The lines above the signature space, in capitals as the jabatan is printed:
 *   langsung  KEPALA DINAS …,
 *   a.n.      a.n. KEPALA DINAS …, / SEKRETARIS,
 *   u.b.      a.n. KEPALA DINAS …, / SEKRETARIS, / u.b. / KEPALA SUBBAGIAN UMUM,
 *   Plt./Plh. Plt. KEPALA DINAS …,
 * The abbreviations keep their lower case: they are not part of the jabatan.
 */
export function letterSignatureLines(signer: LetterSigner): string[] {
  const jabatan = `${upper(required(signer.jabatan, 'jabatan'))},`;
  switch (signer.mode) {
    case 'langsung':
      return [jabatan];
    case 'an':
      return [`a.n. ${upper(required(signer.onBehalfOf, 'jabatan pimpinan (a.n.)'))},`, jabatan];
    case 'ub':
      return [
        `a.n. ${upper(required(signer.onBehalfOf, 'jabatan pimpinan (a.n.)'))},`,
        `${upper(required(signer.intermediate, 'jabatan perantara (u.b.)'))},`,
        'u.b.',
        jabatan,
      ];
    case 'plt':
      return [`Plt. ${jabatan}`];
    case 'plh':
      return [`Plh. ${jabatan}`];
  }
}

/**
 * The signature block of a letter: the lines above, room to sign, the full name in bold,
 * pangkat and NIP. Unbreakable: a block torn over two pages would separate the jabatan
 * from the name.
 */
export function letterSignatureBlock(signer: LetterSigner, space = LETTER_SIGNATURE_SPACE): Content {
  const lines = letterSignatureLines(signer);
  const position = lines.at(-1) ?? '';
  return officialSignatureBlock({
    lines: lines.slice(0, -1).map((text): Content => ({ text })),
    position,
    name: required(signer.name, 'nama'),
    ...(signer.rank?.trim() ? { rank: signer.rank.trim() } : {}),
    ...(signer.nip?.trim() ? { nip: signer.nip.trim() } : {}),
    space,
  });
}

/**
 * The block in the right half of the page, as the tata naskah dinas examples place it; left
 * aligned inside that half, whatever the body's justification.
 */
export function letterSignatureColumn(signer: LetterSigner, margin: [number, number, number, number] = [0, 16, 0, 0]): Content {
  return {
    columns: [{ text: '', width: '*' }, { stack: [letterSignatureBlock(signer)], width: '50%' }],
    margin,
    alignment: 'left',
    unbreakable: true,
  };
}
