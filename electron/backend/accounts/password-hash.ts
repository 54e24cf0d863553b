import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/**
 * scrypt cost as log2(N). 15 (N = 32768, r = 8) takes ~100 ms per hash on a two-core
 * office PC: slow for a guesser, unnoticeable at sign-in. Tests pass a lower cost; the
 * parameters are stored with each hash, so verifying never depends on the current cost.
 */
export const DEFAULT_SCRYPT_COST = 15;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

const maxmem = (n: number, r: number) => 256 * n * r + 16 * 1024 * 1024;

export async function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const n = 2 ** cost;
  const r = 8;
  const p = 1;
  const hash = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: maxmem(n, r) });
  return ['scrypt', n, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `password` matches `stored`; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, nText, rText, pText, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const n = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p) || n < 2 || n > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 4) return false;
  const expected = Buffer.from(hashText, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(saltText, 'base64'), expected.length, { N: n, r, p, maxmem: maxmem(n, r) });
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
