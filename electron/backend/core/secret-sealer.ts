import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Keeps a secret the app must use again later (the office's SMTP password) unreadable in
 * the database, its backups and exports. A sealed value names how it was sealed, so a
 * database moved to another PC says why it cannot be opened instead of sending garbage.
 */
export interface SecretSealer {
  seal(plain: string): string;
  /** The secret; throws SecretUnreadableError when this PC cannot open it. */
  open(sealed: string): string;
}

export class SecretUnreadableError extends Error {}

/** Values written before sealing existed carry no prefix: they are read as they are and sealed on the next write. */
export const isSealed = (value: string) => /^(os|kunci):/.test(value);

const KEY_FILE = 'kunci-rahasia.bin';

/**
 * AES-256-GCM with a random key kept in the data folder (readable by the owner only): the
 * database file, a copy of it or an export holds no password in clear, though whoever has
 * the whole folder has the key too. Used by the browser host, and by the desktop app where
 * the operating system offers no keychain (Electron's safeStorage, see
 * electron/os-secret-sealer.ts, is preferred there).
 */
export function folderKeySealer(dataDir: string): SecretSealer {
  let key: Buffer | null = null;
  const theKey = () => (key ??= readOrCreateKey(path.join(dataDir, KEY_FILE)));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `kunci:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('kunci:')) throw new SecretUnreadableError('Rahasia ini disegel oleh sistem operasi PC lain; masukkan ulang kata sandinya.');
      const bytes = Buffer.from(sealed.slice('kunci:'.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', theKey(), bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnreadableError(`Kata sandi tersimpan tidak dapat dibuka dengan ${KEY_FILE} di folder data ini; masukkan ulang kata sandinya.`);
      }
    },
  };
}

function readOrCreateKey(file: string): Buffer {
  try {
    const existing = fs.readFileSync(file);
    if (existing.length === 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const fresh = randomBytes(32);
  // 'wx': two processes starting at once never overwrite each other's key.
  try {
    fs.writeFileSync(file, fresh, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file);
    throw error;
  }
}
