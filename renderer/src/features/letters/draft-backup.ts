import type { LetterContent } from '../../../../shared/letters/letter-records';

/**
 * The local copy of a letter's unsaved content: written on every change before the
 * autosave even starts, removed once the server holds the same content. A crash, a
 * power cut or a refused save leaves it in this PC's storage, and reopening the letter
 * offers it back — nothing typed is lost.
 */
export interface DraftBackup {
  content: LetterContent;
  /** When it was typed (ISO instant, the backend's clock). */
  at: string;
  /** The server's `savedAt` the content was based on. */
  baseSavedAt: string;
}

const key = (letterId: number) => `meja.surat.cadangan.${letterId}`;

export function readBackup(letterId: number): DraftBackup | null {
  try {
    const raw = localStorage.getItem(key(letterId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as DraftBackup;
    return parsed && typeof parsed === 'object' && parsed.content ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(letterId: number, backup: DraftBackup): boolean {
  try {
    localStorage.setItem(key(letterId), JSON.stringify(backup));
    return true;
  } catch {
    // Storage full or disabled: the autosave still runs; the status line says so on failure.
    return false;
  }
}

export function clearBackup(letterId: number): void {
  try {
    localStorage.removeItem(key(letterId));
  } catch {
    // Nothing to clear.
  }
}

/** Same content, whatever the key order of the editor's JSON. */
export function sameContent(a: LetterContent, b: LetterContent): boolean {
  return stableJson(a) === stableJson(b);
}

export function sameBody(a: LetterContent['body'], b: LetterContent['body']): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
