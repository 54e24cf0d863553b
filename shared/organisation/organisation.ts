/**
 * The organisation chart as the app sees it: units (unit kerja) as a tree, positions
 * (jabatan) in a unit with the position above them, and who holds each position over time.
 */

/** A unit kerja: Sekretariat, Bidang Koperasi, UPT …, nested under its parent. */
export interface OrgUnit {
  id: number;
  parentId: number | null;
  name: string;
  /** Short code used in letter numbers and the register ("SEK", "BID-KOP"). */
  code: string;
  order: number;
  active: boolean;
}

/** Definitif: the appointed holder; Plt. (pelaksana tugas) fills a vacancy; Plh. (pelaksana harian) a short absence. */
export const HOLDER_KINDS = ['definitif', 'plt', 'plh'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];

export const HOLDER_KIND_LABELS: Record<HolderKind, string> = { definitif: 'Definitif', plt: 'Plt.', plh: 'Plh.' };

/** One person holding a position for a period; acting officials have an end date. */
export interface PositionHolder {
  id: number;
  positionId: number;
  name: string;
  /** 18 digits, or '' for staff without one (honorary staff). */
  nip: string;
  /** Pangkat/golongan, e.g. "Pembina Utama Muda, IV/c". */
  rank: string;
  kind: HolderKind;
  /** Office calendar days "2026-11-23"; `endDate` null while open-ended. */
  startDate: string;
  endDate: string | null;
}

/** A jabatan: its unit, its title, and the position above it (where returns go, whom a.n./u.b. follows). */
export interface OrgPosition {
  id: number;
  unitId: number;
  title: string;
  /** Short title used on trays and dispositions ("Kabid Koperasi"). */
  shortTitle: string;
  superiorId: number | null;
  order: number;
  active: boolean;
  /** Every holder, newest period first. */
  holders: PositionHolder[];
  /** Who acts in this position on the chart's date: a Plh. or Plt. before the definitive holder. */
  currentHolder: PositionHolder | null;
}

/** The whole chart on a given day. */
export interface OrgChart {
  /** The office day the current holders are computed for. */
  date: string;
  units: OrgUnit[];
  positions: OrgPosition[];
}

/** A position as a signed-in user's header shows it. */
export interface PositionRef {
  id: number;
  title: string;
  shortTitle: string;
  unitName: string;
}
