import type { Clock } from './clock';

/** Who makes a call and when: every recorded change takes its "who" and "when" from here. */
export interface CallContext {
  actor: string;
  clock: Clock;
}

/** Used when the desk has not said who is on duty; visible in the history as such. */
export const UNKNOWN_OPERATOR = 'Petugas (tanpa nama)';

export function normaliseOperator(raw: unknown): string {
  if (typeof raw !== 'string') return UNKNOWN_OPERATOR;
  const trimmed = raw.trim().replace(/\s+/g, ' ').slice(0, 80);
  return trimmed === '' ? UNKNOWN_OPERATOR : trimmed;
}
