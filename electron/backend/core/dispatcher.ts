import { ZodError } from 'zod';
import { type CallEnvelope, type CallError, type CallResult } from '../../../shared/contract/call-result';
import { calls, isCallName, maxEnvelopeBytes, type CallName, type CallOutput, type CallParsedInput } from '../../../shared/contract/calls';
import { sqliteErrorToCallError } from '../../db/database-errors';
import { AppError } from './app-error';
import { normaliseOperator, type CallContext } from './call-context';
import type { Clock } from './clock';
import { zodErrorToCallError } from './zod-issues';

/** One handler per call of the contract; the compiler insists on every one. */
export type Handlers = {
  [N in CallName]: (input: CallParsedInput<N>, ctx: CallContext) => Promise<CallOutput<N>>;
};

export type Dispatch = (name: string, envelope: unknown) => Promise<CallResult<unknown>>;

const fail = (error: CallError): CallResult<never> => ({ ok: false, error });

/**
 * The single entry point of the backend, used by the IPC bridge and the browser host
 * alike: checks the call exists, the envelope's size and shape, validates the input with
 * the call's schema (the authority; the form only mirrors it), runs the handler, and turns
 * every failure into a value with a message in Bahasa Indonesia — never a stack trace.
 */
export function createDispatcher(handlers: Handlers, clock: Clock, log: (err: unknown) => void = console.error): Dispatch {
  return async (name, envelope) => {
    if (typeof name !== 'string' || !isCallName(name)) {
      return fail({ code: 'UNKNOWN_CALL', message: `Perintah "${String(name).slice(0, 60)}" tidak dikenal oleh aplikasi.` });
    }
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
      return fail({ code: 'BAD_REQUEST', message: 'Permintaan tidak berbentuk yang benar.' });
    }
    let size: number;
    try {
      size = JSON.stringify(envelope).length;
    } catch {
      return fail({ code: 'BAD_REQUEST', message: 'Permintaan tidak dapat dibaca.' });
    }
    if (size > maxEnvelopeBytes(name)) {
      return fail({ code: 'TOO_LARGE', message: 'Data yang dikirim terlalu besar.' });
    }
    const { input, operator } = envelope as CallEnvelope;
    const parsed = calls[name].input.safeParse(input ?? {});
    if (!parsed.success) return fail(zodErrorToCallError(parsed.error));

    const ctx: CallContext = { actor: normaliseOperator(operator), clock };
    try {
      const handler = handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      if (err instanceof AppError) return fail(err.toCallError());
      if (err instanceof ZodError) return fail(zodErrorToCallError(err));
      const dbError = sqliteErrorToCallError(err);
      if (dbError) return fail(dbError);
      log(err);
      return fail({
        code: 'INTERNAL',
        message: 'Terjadi kesalahan di aplikasi; data tidak diubah. Coba lagi, dan laporkan bila terulang.',
      });
    }
  };
}
