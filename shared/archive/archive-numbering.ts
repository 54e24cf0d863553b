import { formatRegisterNumber } from '../numbering/register-number';

/** How archive serial numbers are built; the same tokens as register numbers. */
export interface ArchiveNumbering {
  /** e.g. "{NO:4}/{KLAS}/{UNIT}/{TAHUN}" → "0001/HM.01/ARSIP/2026". */
  pattern: string;
  /** What {UNIT} stands for: the records unit's code. */
  unitCode: string;
}

export const DEFAULT_ARCHIVE_NUMBERING: ArchiveNumbering = { pattern: '{NO:4}/{KLAS}/{UNIT}/{TAHUN}', unitCode: 'ARSIP' };

/** The counter scope of archive serial numbers in `number_counters` (one sequence per year). */
export const ARCHIVE_SERIAL_SCOPE = 'arsip';

/**
 * An archive serial number: the pattern filled with the year's sequence number, the
 * entry's classification code ({KLAS}) and the records unit ({UNIT}). Issued once, at
 * filing; a later change of classification does not renumber the folder.
 */
export function formatArchiveSerial(
  numbering: ArchiveNumbering,
  parts: { seq: number; classificationCode: string; year: number; month: number },
): string {
  return formatRegisterNumber(numbering.pattern, { ...parts, unitCode: numbering.unitCode });
}

/** The payload of the QR code on a folder label: `meja-aduan:arsip:<serial>`. */
export const ARCHIVE_QR_PREFIX = 'meja-aduan:arsip:';
export const archiveQrContent = (serialNumber: string) => ARCHIVE_QR_PREFIX + serialNumber;
