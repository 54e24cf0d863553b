import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tooLargeMessage } from '../../../shared/complaints/attachment-limits';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/complaints/complaint-schemas';
import type { UploadedAttachment } from '../../../shared/contract/calls';
import { AppError } from '../core/app-error';
import { detectFileType, extensionOf } from './detect-file-type';

/** Folder of the attachments inside the data folder. */
export const ATTACHMENTS_FOLDER = 'lampiran';

const SHA256_HEX = /^[a-f0-9]{64}$/;

/** An accepted upload; `note` says when the name's extension lied and was corrected. */
export type AcceptedAttachment = UploadedAttachment & { note?: string };

/**
 * Attachments in the data folder, addressed by the SHA-256 of their content:
 * `<dataDir>/lampiran/<first two hex digits>/<sha256>`.
 *
 * Files are stored without extension and without execute permission, so nothing in the data
 * folder can be double-clicked into running; the type decided from the content lives in the
 * database and decides how the file is handed back. Writes go to a temporary file that is
 * renamed into place, so a crash never leaves a half-written attachment under a valid name;
 * identical content is stored once.
 */
export class AttachmentStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, ATTACHMENTS_FOLDER);
  }

  /** Stores bytes (once per content) and returns their id; storing them again changes nothing. */
  async put(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    // An existing copy is reused only if it is still intact; a damaged one is replaced.
    if (await this.isIntact(target, sha256)) return { sha256, size: bytes.length };

    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(path.dirname(target), `.${sha256}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fs.rename(temp, target);
      } catch (error) {
        // Windows refuses to replace a file another desk (or a virus scanner) holds open;
        // if that file is the same content, the put has succeeded all the same.
        if (!(await this.isIntact(target, sha256))) throw error;
      }
    } finally {
      await fs.rm(temp, { force: true });
    }
    return { sha256, size: bytes.length };
  }

  /**
   * The bytes of a stored attachment, checked against their hash.
   * @throws AppError VALIDATION for an id that is not a SHA-256, NOT_FOUND when the file is
   *   missing, DB_DAMAGED when its content no longer matches the hash.
   */
  async read(sha256: string): Promise<Buffer> {
    const file = this.pathOf(sha256);
    let bytes: Buffer;
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile()) throw missing(sha256);
      bytes = await fs.readFile(file);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (isNodeError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) throw missing(sha256);
      throw error;
    }
    if (sha256Hex(bytes) !== sha256) {
      throw new AppError(
        'DB_DAMAGED',
        `Berkas lampiran ${sha256.slice(0, 12)}… rusak: isinya tidak sama lagi dengan saat disimpan. Pulihkan folder data dari cadangan atau minta pelapor mengirim ulang berkasnya.`,
      );
    }
    return bytes;
  }

  /** Whether an attachment with this id is stored (an invalid id is simply not stored). */
  async exists(sha256: string): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    try {
      return (await fs.lstat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  /**
   * Takes an upload from the intake form: decodes the base64, enforces the size limit,
   * decides the type from the content and stores the file. Anything the clerk can fix
   * comes back as `{ problem }` in Bahasa Indonesia and stores nothing.
   */
  async accept(fileName: string, base64: string): Promise<AcceptedAttachment | { problem: string }> {
    const decoded = decodeBase64(base64);
    if ('problem' in decoded) return decoded;
    const bytes = decoded.bytes;
    if (bytes.length > MAX_ATTACHMENT_BYTES) return { problem: tooLargeMessage(bytes.length) };

    const detected = detectFileType(bytes, fileName);
    if (!detected.ok) return { problem: detected.message };

    let stored: { sha256: string; size: number };
    try {
      stored = await this.put(bytes);
    } catch (error) {
      if (isNodeError(error) && ['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EDQUOT'].includes(error.code ?? '')) {
        return { problem: 'Lampiran tidak dapat disimpan ke folder data (disk penuh atau tidak boleh ditulis). Hubungi pengelola komputer.' };
      }
      throw error;
    }
    const accepted: AcceptedAttachment = {
      sha256: stored.sha256,
      fileName: attachmentFileName(fileName, detected.extension),
      mimeType: detected.mimeType,
      size: stored.size,
    };
    if (detected.note) accepted.note = detected.note;
    return accepted;
  }

  /** The file of an id, after checking it is a SHA-256 so no id can reach outside the folder. */
  private pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new AppError('VALIDATION', 'Kode lampiran tidak valid.');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  private async isIntact(file: string, sha256: string): Promise<boolean> {
    try {
      return sha256Hex(await fs.readFile(file)) === sha256;
    } catch {
      return false;
    }
  }
}

/** How the renderer may show an attachment: images and PDFs preview, everything else downloads. */
export function previewKind(mimeType: string): 'image' | 'pdf' | 'none' {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === 'application/pdf') return 'pdf';
  // TIFF is accepted but no browser engine draws it, so it is only downloaded.
  if (['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(base)) return 'image';
  return 'none';
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const missing = (sha256: string) => new AppError('NOT_FOUND', `Berkas lampiran ${sha256.slice(0, 12)}… tidak ditemukan di folder data.`);

const isNodeError = (error: unknown): error is NodeJS.ErrnoException => error instanceof Error && 'code' in error;

// A plain character-class loop: a grouped pattern would overflow the regex stack at 10 MB.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Strict base64 (Node's decoder silently skips garbage, which would store a different file
 * than the one chosen). Line breaks and a data-URL prefix, as FileReader produces, are allowed.
 */
function decodeBase64(input: string): { bytes: Buffer } | { problem: string } {
  const body = input.replace(/^data:[^,]*;base64,/, '').replace(/[\r\n\t ]+/g, '');
  // Checked before decoding so an oversized upload is refused without allocating it.
  const size = Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0);
  const wellFormed = body.length % 4 === 0 && BASE64_CHARS.test(body);
  if (wellFormed && size > MAX_ATTACHMENT_BYTES) return { problem: tooLargeMessage(size) };
  if (!wellFormed) return { problem: 'Isi berkas tidak terbaca (bukan base64 yang sah). Pilih berkasnya lagi.' };
  return { bytes: Buffer.from(body, 'base64') };
}

/**
 * The name the attachment is listed and downloaded under: the base name without path or
 * characters Windows forbids, with the extension found in the content (so a PNG named
 * "surat.pdf" becomes "surat.png", and a renamed program could never keep a runnable name).
 */
export function attachmentFileName(fileName: string, extension: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  const claimed = extensionOf(base);
  const stem = (claimed ? base.slice(0, base.length - claimed.length - 1) : base).replace(/^[. ]+|[. ]+$/g, '') || 'lampiran';
  return `${stem.slice(0, 180)}.${extension}`;
}
