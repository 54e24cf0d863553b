import { createHash, randomBytes } from 'node:crypto';
import type { LetterContent } from '../../../shared/letters/letter-records';
import { TRACKING_ALPHABET } from '../../../shared/numbering/tracking-code';

/** JSON with keys sorted at every level: the same content always gives the same text, hence the same hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const contentHash = (content: LetterContent) => sha256(canonicalJson(content));

/** The signed letter's hash: its content with the number and date it was given. */
export const signedHash = (content: LetterContent, number: string, date: string) => sha256(canonicalJson({ content, number, date }));

/**
 * A verification code: 10 symbols of the tracking alphabet (no 0/O, 1/I/L/U), 30^10 ≈ 6·10^14,
 * so nobody finds a registered letter by guessing.
 */
export function newVerificationCode(): string {
  const bytes = randomBytes(10);
  return Array.from(bytes, (b) => TRACKING_ALPHABET[b % TRACKING_ALPHABET.length]).join('');
}

export const parseContent = (json: string) => JSON.parse(json) as LetterContent;
