import type { Channel } from '../complaints/complaint-enums';
import type { SopDefinition } from './sop-definition';

/**
 * What the SOP screen and the engine get back from the `sop.*` calls. Mapping an SOP's
 * actor columns to the office's own positions is the engine's part (it joins
 * `definition.actors[].key` to positions); nothing here names a position.
 */

export const SOP_ORIGINS = ['preset', 'import', 'edit'] as const;
export type SopOrigin = (typeof SOP_ORIGINS)[number];
export const SOP_ORIGIN_LABELS: Record<SopOrigin, string> = {
  preset: 'Contoh SOP',
  import: 'Impor berkas',
  edit: 'Perubahan',
};

/** One saved version, as the history lists it. */
export interface SopVersionSummary {
  id: number;
  code: string;
  version: number;
  title: string;
  origin: SopOrigin;
  presetId: string | null;
  changeNote: string;
  contentHash: string;
  createdBy: string;
  createdAt: string;
}

/** One version with its table; `isLatest` says whether new complaints get it. */
export interface SopVersion extends SopVersionSummary {
  definition: SopDefinition;
  isLatest: boolean;
}

/** An SOP of the office: its latest version and how many came before. */
export interface SopSummary {
  code: string;
  title: string;
  latestVersionId: number;
  latestVersion: number;
  stepCount: number;
  updatedAt: string;
  updatedBy: string;
}

export interface SopPresetSummary {
  id: string;
  code: string;
  title: string;
  summary: string;
  stepCount: number;
  /** The office's SOP with the same code, if the preset has been installed. */
  installedVersionId: number | null;
}

/** The default SOP and the channels that use another one (by SOP code). */
export interface SopAssignment {
  defaultCode: string | null;
  channels: Partial<Record<Channel, string>>;
}

export interface SopListing {
  sops: SopSummary[];
  presets: SopPresetSummary[];
  assignment: SopAssignment;
}

/** The wrapper of an exported SOP file, so an import can tell our files from any JSON. */
export const SOP_FILE_FORMAT = 'meja-aduan-sop';
export const SOP_FILE_FORMAT_VERSION = 1;
export interface SopFile {
  format: typeof SOP_FILE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  version: number;
  definition: SopDefinition;
}
