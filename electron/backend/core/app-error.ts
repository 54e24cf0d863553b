import type { CallError, ErrorCode } from '../../../shared/contract/call-result';

/**
 * A failure a service expects and can explain to the clerk (not found, already checked
 * out, …). The dispatcher turns it into a CallError value; anything else is a fault.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toCallError(): CallError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan.`);
