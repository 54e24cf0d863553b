import { describe, expect, it } from 'vitest';
import { withCheckSymbol } from '../../../shared/numbering/tracking-code';
import { parseAppQrPayload } from '../../../shared/scanning/qr-payload';
import { receiptQrContent } from '../../../electron/documents/complaint-receipt-document';

describe('app QR payloads', () => {
  const code = withCheckSymbol('7KQ4MX2R');

  it('reads what the receipt and the lembar disposisi print', () => {
    expect(parseAppQrPayload(receiptQrContent(code))).toEqual({ kind: 'pengaduan', trackingCode: code });
    expect(parseAppQrPayload(`MEJA-ADUAN:PENGADUAN:${code.slice(0, 4)}-${code.slice(4)}`)).toEqual({ kind: 'pengaduan', trackingCode: code });
  });

  it('refuses a tracking code that fails its check symbol', () => {
    const wrong = code.slice(0, 8) + (code.endsWith('2') ? '3' : '2');
    expect(parseAppQrPayload(`meja-aduan:pengaduan:${wrong}`)).toBeNull();
  });

  it('reads a letter verification code, and ignores codes that are not the app\'s', () => {
    expect(parseAppQrPayload('meja-aduan:surat:k7qw2mx9pa')).toEqual({ kind: 'surat', verificationCode: 'K7QW2MX9PA' });
    expect(parseAppQrPayload('meja-aduan:surat:AB')).toBeNull();
    expect(parseAppQrPayload('https://lapor.go.id/123')).toBeNull();
    expect(parseAppQrPayload('meja-aduan:tamu:123456')).toBeNull();
  });
});
