import type { z } from 'zod';
import type { CallError } from '../../../shared/contract/call-result';

/** A rejected input as a CallError: the first message per field, and a summary line. */
export function zodErrorToCallError(error: z.ZodError): CallError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const messages = Object.values(fields);
  const first = messages[0] ?? 'Isian tidak valid.';
  const message = messages.length > 1 ? `${first} (dan ${messages.length - 1} isian lain perlu diperbaiki)` : first;
  return { code: 'VALIDATION', message, fields };
}
