import { tooLargeMessage } from '../../../shared/complaints/attachment-limits';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/complaints/complaint-schemas';
import { AppError } from '../core/app-error';

const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of a base64 upload, strictly (Node's decoder would skip garbage and import a
 * different file than the one chosen); line breaks and a data-URL prefix are allowed. The
 * same limit as complaint attachments, checked before decoding.
 */
export function uploadBytes(base64: string): Buffer {
  const body = base64.replace(/^data:[^,]*;base64,/, '').replace(/[\r\n\t ]+/g, '');
  if (body.length % 4 !== 0 || !BASE64_CHARS.test(body)) {
    throw new AppError('VALIDATION', 'Isi berkas tidak terbaca (bukan base64 yang sah). Pilih berkasnya lagi.');
  }
  const size = Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0);
  if (size > MAX_ATTACHMENT_BYTES) throw new AppError('VALIDATION', tooLargeMessage(size));
  if (size === 0) throw new AppError('VALIDATION', 'Berkas kosong: tidak ada isinya. Pilih berkas yang benar.');
  return Buffer.from(body, 'base64');
}
