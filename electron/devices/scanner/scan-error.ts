/** Why a scan stopped, as the scanner service tells the clerk. */
export type ScanErrorCode = 'FEEDER_EMPTY' | 'DEVICE_GONE' | 'CANCELLED' | 'BUSY' | 'JAMMED' | 'COVER_OPEN' | 'NOT_AVAILABLE' | 'FAILED';

export const SCAN_MESSAGES: Record<ScanErrorCode, string> = {
  FEEDER_EMPTY: 'Pengumpan dokumen kosong. Letakkan kertas di pengumpan (ADF), lalu tekan Pindai lagi.',
  DEVICE_GONE: 'Pemindai tidak ditemukan atau terputus. Periksa kabel dan daya pemindai, muat ulang daftar pemindai, lalu coba lagi.',
  CANCELLED: 'Pemindaian dibatalkan.',
  BUSY: 'Pemindai sedang dipakai program atau komputer lain. Tunggu sebentar, lalu coba lagi.',
  JAMMED: 'Kertas macet di pengumpan. Keluarkan kertas yang macet, lalu pindai lagi halaman yang belum masuk.',
  COVER_OPEN: 'Penutup pemindai terbuka. Tutup penutupnya, lalu coba lagi.',
  NOT_AVAILABLE: 'Pemindai tidak dapat dipakai di komputer ini.',
  FAILED: 'Pemindaian gagal. Periksa pemindai, lalu coba lagi.',
};

/** A scan that stopped for a reason the clerk can act on; `message` is in Indonesian. */
export class ScanError extends Error {
  constructor(
    readonly code: ScanErrorCode,
    message: string = SCAN_MESSAGES[code],
    /** What the driver itself said, for the log (never shown as the message). */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'ScanError';
  }
}
