import { safeStorage } from 'electron';
import { SecretUnreadableError, type SecretSealer } from './backend/core/secret-sealer';

/**
 * Secrets sealed by the operating system through Electron's safeStorage: DPAPI under the
 * signed-in Windows account, the Keychain on macOS, the Secret Service or KWallet on Linux.
 * Null when the OS offers none (a Linux PC without a keyring), so the backend falls back
 * to its folder key. Values sealed earlier with the folder key still open through it.
 */
export function osSecretSealer(fallback: SecretSealer): SecretSealer | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  // Linux's "basic_text" backend is a fixed key, no better than the folder key.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    seal: (plain) => `os:${safeStorage.encryptString(plain).toString('base64')}`,
    open(sealed) {
      if (!sealed.startsWith('os:')) return fallback.open(sealed);
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice('os:'.length), 'base64'));
      } catch {
        // Another Windows account, another PC, a reset keychain.
        throw new SecretUnreadableError('Kata sandi tersimpan disegel oleh akun atau PC lain dan tidak dapat dibuka di sini; masukkan ulang kata sandinya.');
      }
    },
  };
}
