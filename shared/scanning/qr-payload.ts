import { isValidTrackingCode } from '../numbering/tracking-code';

/**
 * The QR codes the app prints, read back from a scanned page:
 * - `meja-aduan:pengaduan:<TRACKING CODE>` on the receipt (tanda terima) and on the lembar
 *   disposisi (both use `receiptQrContent`: the 9 bare symbols, no dash);
 * - `meja-aduan:surat:<VERIFICATION CODE>` on a signed letter (letters.verify reads the same).
 * Anything else on a page (a bank's QRIS, a website) is not ours and is ignored.
 */
export type AppQrPayload = { kind: 'pengaduan'; trackingCode: string } | { kind: 'surat'; verificationCode: string };

const PREFIX = /^meja-aduan:(pengaduan|surat):(.+)$/i;

export function parseAppQrPayload(text: string): AppQrPayload | null {
  const match = PREFIX.exec(text.trim());
  if (!match) return null;
  const code = (match[2] ?? '').trim().toUpperCase();
  if (match[1]!.toLowerCase() === 'pengaduan') {
    const bare = code.replace(/[\s-]+/g, '');
    // The check symbol refuses a misread code instead of linking the scan to a stranger's complaint.
    return isValidTrackingCode(bare) ? { kind: 'pengaduan', trackingCode: bare } : null;
  }
  // The same shape letters.verify accepts.
  return /^[0-9A-Z-]{6,40}$/.test(code) ? { kind: 'surat', verificationCode: code } : null;
}
