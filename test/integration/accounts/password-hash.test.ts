import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from '../../../electron/backend/accounts/password-hash';

describe('password hashing', () => {
  it('uses scrypt N = 2^15 by default, salted, and takes a noticeable time per hash', async () => {
    const started = performance.now();
    const a = await hashPassword('kata-sandi-kantor');
    const elapsed = performance.now() - started;
    const b = await hashPassword('kata-sandi-kantor');
    expect(DEFAULT_SCRYPT_COST).toBe(15);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b); // a fresh salt each time
    // ~100 ms on a two-core office PC; the floor only proves it is not a fast hash.
    expect(elapsed).toBeGreaterThan(20);
    expect(await verifyPassword('kata-sandi-kantor', a)).toBe(true);
    expect(await verifyPassword('kata-sandi-kantoR', a)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, and never matches a malformed one', async () => {
    const cheap = await hashPassword('sandi-uji-123', 10);
    expect(await verifyPassword('sandi-uji-123', cheap)).toBe(true);
    for (const broken of ['', 'scrypt', 'bcrypt$1$2$3$4$5', 'scrypt$abc$8$1$c2FsdA==$aGFzaA==', 'scrypt$4294967296$8$1$c2FsdA==$aGFzaA==']) {
      expect(await verifyPassword('sandi-uji-123', broken), broken).toBe(false);
    }
  });
});
