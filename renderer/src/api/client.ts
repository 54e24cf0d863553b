import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { reportSessionProblem, sessionToken } from './session-token';
import { send } from './transport';

/**
 * The typed client of the contract: `call('guests.register', fields)` returns exactly
 * what that call's handler returns, or an error value. It never throws: a broken
 * connection is an error value too, so every screen handles one kind of failure.
 * Every call carries the session; a reply saying it ended or locked is also reported
 * to the app, which shows the sign-in screen or the lock over the current screen.
 */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>> {
  let result: CallResult<CallOutput<N>>;
  try {
    result = (await send(name, { input, session: sessionToken() ?? undefined })) as CallResult<CallOutput<N>>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Tidak dapat menghubungi layanan Meja Aduan. Pastikan aplikasi masih berjalan; isian Anda tidak hilang.',
      },
    };
  }
  if (!result.ok && (result.error.code === 'NOT_SIGNED_IN' || result.error.code === 'SESSION_LOCKED')) {
    reportSessionProblem(result.error.code);
  }
  return result;
}
