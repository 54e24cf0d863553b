import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { currentOperator } from './operator';
import { send } from './transport';

/**
 * The typed client of the contract: `call('guests.register', fields)` returns exactly
 * what that call's handler returns, or an error value. It never throws: a broken
 * connection is an error value too, so every screen handles one kind of failure.
 */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>> {
  try {
    return (await send(name, { input, operator: currentOperator() })) as CallResult<CallOutput<N>>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Tidak dapat menghubungi layanan Meja Aduan. Pastikan aplikasi masih berjalan; isian Anda tidak hilang.',
      },
    };
  }
}
