import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderKeySealer, isSealed, SecretUnreadableError } from '../../../electron/backend/core/secret-sealer';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

let dirs: string[] = [];
const tempDir = () => {
  const dir = makeTempDir('meja-kunci-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs) removeTempDir(dir);
  dirs = [];
});

describe('folder key sealer', () => {
  it('seals with a key it creates once in the data folder, readable by its owner only', () => {
    const dir = tempDir();
    const sealer = folderKeySealer(dir);
    const sealed = sealer.seal('sandi-smtp-rahasia');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('sandi');
    // A random IV: the same secret never seals to the same text twice.
    expect(sealer.seal('sandi-smtp-rahasia')).not.toBe(sealed);
    const key = path.join(dir, 'kunci-rahasia.bin');
    expect(fs.statSync(key).size).toBe(32);
    if (process.platform !== 'win32') expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    // A restart (a new sealer over the same folder) opens what the last one sealed.
    expect(folderKeySealer(dir).open(sealed)).toBe('sandi-smtp-rahasia');
  });

  it('refuses, in Indonesian, a value sealed in another folder or altered', () => {
    const sealed = folderKeySealer(tempDir()).seal('sandi');
    const elsewhere = folderKeySealer(tempDir());
    expect(() => elsewhere.open(sealed)).toThrow(SecretUnreadableError);
    expect(() => elsewhere.open(sealed)).toThrow(/tidak dapat dibuka dengan kunci-rahasia\.bin/);
    const dir = tempDir();
    const own = folderKeySealer(dir);
    const bytes = Buffer.from(own.seal('sandi').slice('kunci:'.length), 'base64');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => own.open(`kunci:${bytes.toString('base64')}`)).toThrow(SecretUnreadableError);
    expect(() => own.open('os:AAAA')).toThrow(/sistem operasi PC lain/);
  });
});
