import { checkSopDefinition, summariseSopProblems } from '../../../shared/sop/sop-check';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { SOP_FILE_FORMAT, SOP_FILE_FORMAT_VERSION, type SopFile, type SopVersion } from '../../../shared/sop/sop-records';
import { AppError } from '../core/app-error';

/** The exported file: our wrapper around the definition, pretty-printed so it can be read and diffed. */
export function writeSopFile(version: SopVersion, exportedAt: Date): string {
  const file: SopFile = {
    format: SOP_FILE_FORMAT,
    formatVersion: SOP_FILE_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    version: version.version,
    definition: version.definition,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The SOP in an imported file: our export, or a bare definition written by hand or by
 * another office's tool. Every problem is an AppError in Bahasa Indonesia, with one field
 * per problem so the screen can list them all; nothing is stored before this passes.
 */
export function readSopFile(text: string): SopDefinition {
  let parsed: unknown;
  try {
    // A file saved by Notepad may start with a byte-order mark.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('VALIDATION', 'Berkas bukan JSON yang sah; pilih berkas SOP hasil ekspor Meja Aduan.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AppError('VALIDATION', 'Berkas tidak berisi SOP.');
  }
  const wrapper = parsed as Partial<SopFile>;
  if (wrapper.format !== undefined && wrapper.format !== SOP_FILE_FORMAT) {
    throw new AppError('VALIDATION', 'Berkas ini bukan berkas SOP Meja Aduan.');
  }
  if (wrapper.format === SOP_FILE_FORMAT && (wrapper.formatVersion ?? 0) > SOP_FILE_FORMAT_VERSION) {
    throw new AppError('VALIDATION', 'Berkas SOP dibuat oleh versi Meja Aduan yang lebih baru; perbarui aplikasi terlebih dahulu.');
  }
  const raw = wrapper.format === SOP_FILE_FORMAT ? wrapper.definition : parsed;
  const result = checkSopDefinition(raw);
  if (!result.ok) {
    const fields = Object.fromEntries(result.problems.map((p, i) => [p.path || `sop.${i}`, p.message]));
    throw new AppError('VALIDATION', `SOP dalam berkas tidak dapat dipakai: ${summariseSopProblems(result.problems)}`, fields);
  }
  return result.definition;
}
