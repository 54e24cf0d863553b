import type { CallError } from '../../shared/contract/call-result';

/** Raised at start-up when `PRAGMA quick_check` or the file header says the file is damaged. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: unknown,
  ) {
    super(
      `Berkas basis data rusak atau bukan basis data Meja Aduan: ${file}. ` +
        'Jangan hapus berkas ini; pulihkan dari cadangan terakhir atau hubungi pengelola TI. ' +
        `(Rincian: ${detail instanceof Error ? detail.message : String(detail)})`,
    );
    this.name = 'DatabaseDamagedError';
  }
}

/**
 * Turns SQLite's failures into messages a clerk can act on. Returns null for errors that
 * are not SQLite's, so the caller can treat them as internal faults.
 */
export function sqliteErrorToCallError(err: unknown): CallError | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return {
      code: 'DB_BUSY',
      message: 'Basis data sedang dipakai proses lain. Tunggu sebentar lalu simpan lagi; isian Anda tidak hilang.',
    };
  }
  if (code === 'SQLITE_FULL') {
    return {
      code: 'DISK_FULL',
      message: 'Penyimpanan penuh: data tidak tersimpan. Kosongkan ruang disk lalu simpan lagi; isian Anda tidak hilang.',
    };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return { code: 'DB_DAMAGED', message: 'Berkas basis data rusak. Hubungi pengelola TI untuk memulihkan dari cadangan.' };
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR') {
    return {
      code: 'DB_UNWRITABLE',
      message: 'Basis data tidak dapat ditulis (izin berkas atau disk). Periksa folder data; isian Anda tidak hilang.',
    };
  }
  return null;
}
