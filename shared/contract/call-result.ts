/**
 * What every call returns across the renderer↔main boundary. Errors are values, never
 * exceptions with stack traces: the renderer shows `message` to a clerk as it is.
 */
export const ERROR_CODES = [
  'VALIDATION', // input rejected by the call's schema; `fields` says which field and why
  'NOT_FOUND',
  'CONFLICT', // the record changed state (e.g. already checked out) or a unique value exists
  'UNKNOWN_CALL',
  'BAD_REQUEST', // malformed envelope: not JSON, wrong shape, wrong content type
  'TOO_LARGE',
  'FORBIDDEN', // wrong sender, origin or token; or the signed-in user lacks the permission the call needs
  'NOT_SIGNED_IN', // no session, or it ended (signed out, account deactivated, app restarted)
  'SESSION_LOCKED', // the session is locked after idle time; unlock with the same user's password
  'DB_BUSY', // the database is locked by another process
  'DISK_FULL',
  'DB_DAMAGED',
  'DB_UNWRITABLE', // permissions or an I/O fault on the data folder
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CallError {
  code: ErrorCode;
  /** One sentence in Bahasa Indonesia that a clerk understands. */
  message: string;
  /** Per-field messages for forms, keyed by the field's path ("name", "range.to"). */
  fields?: Record<string, string>;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** The envelope every transport carries: the call's input and the session of who is at the desk. */
export interface CallEnvelope {
  input: unknown;
  /** The token `accounts.signIn` returned; the backend resolves it into the signed-in user. */
  session?: string;
}

/** Largest envelope accepted, serialised; guards the main process against huge payloads. */
export const MAX_ENVELOPE_BYTES = 2 * 1024 * 1024;
