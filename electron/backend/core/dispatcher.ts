import { ZodError } from 'zod';
import { type CallEnvelope, type CallError, type CallResult } from '../../../shared/contract/call-result';
import { calls, isCallName, maxEnvelopeBytes, type CallName, type CallOutput, type CallParsedInput } from '../../../shared/contract/calls';
import { sqliteErrorToCallError } from '../../db/database-errors';
import { AppError } from './app-error';
import { callAccess } from '../../../shared/accounts/call-permissions';
import { PERMISSION_LABELS } from '../../../shared/accounts/permissions';
import { SIGNED_OUT_ACTOR, type CallContext } from './call-context';
import type { Clock } from './clock';
import type { SessionGate } from './session-gate';
import { zodErrorToCallError } from './zod-issues';

/** One handler per call of the contract; the compiler insists on every one. */
export type Handlers = {
  [N in CallName]: (input: CallParsedInput<N>, ctx: CallContext) => Promise<CallOutput<N>>;
};

export type Dispatch = (name: string, envelope: unknown) => Promise<CallResult<unknown>>;

const fail = (error: CallError): CallResult<never> => ({ ok: false, error });

/** The signed-in user may make this call, or an AppError saying which permission is missing. */
async function authorise(name: CallName, envelope: CallEnvelope, gate: SessionGate, clock: Clock, dispatch: Dispatch): Promise<CallContext> {
  const access = callAccess(name);
  // A call made from a handler goes through this same dispatcher, with the same session.
  const again = (session: string | null) => (next: string, input: unknown) => dispatch(next, session === null ? { input } : { input, session });
  if (access.kind === 'signed-out') return { actor: SIGNED_OUT_ACTOR, clock, user: null, session: null, dispatch: again(null) };
  const token = typeof envelope.session === 'string' ? envelope.session : undefined;
  const user = await gate.resolve(token, name, clock.now());
  if (access.kind === 'admin' && !user.isAdmin) {
    throw new AppError('FORBIDDEN', 'Perintah ini hanya untuk administrator. Minta administrator kantor melakukannya.');
  }
  if (access.kind === 'permission' && !user.isAdmin && !user.permissions.includes(access.permission)) {
    throw new AppError(
      'FORBIDDEN',
      `Akun Anda tidak memiliki izin "${PERMISSION_LABELS[access.permission]}" (${access.permission}). Minta administrator menambahkannya.`,
    );
  }
  return { actor: user.name, clock, user, session: token ?? null, dispatch: again(token ?? null) };
}

/**
 * The single entry point of the backend, used by the IPC bridge and the browser host
 * alike: checks the call exists, the envelope's size and shape, resolves the session and
 * the permission the call needs (before reading any input), validates the input with the
 * call's schema (the authority; the form only mirrors it), runs the handler, and turns
 * every failure into a value with a message in Bahasa Indonesia — never a stack trace.
 */
export function createDispatcher(handlers: Handlers, clock: Clock, gate: SessionGate, log: (err: unknown) => void = console.error): Dispatch {
  const dispatch: Dispatch = async (name, envelope) => {
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
    let ctx: CallContext;
    try {
      ctx = await authorise(name, envelope as CallEnvelope, gate, clock, dispatch);
    } catch (err) {
      return failure(err, log);
    }
    const parsed = calls[name].input.safeParse((envelope as CallEnvelope).input ?? {});
    if (!parsed.success) return fail(zodErrorToCallError(parsed.error));

    try {
      const handler = handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      return failure(err, log);
    }
  };
  return dispatch;
}

function failure(err: unknown, log: (err: unknown) => void): CallResult<never> {
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
