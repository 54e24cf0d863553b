import type { SessionUser } from '../../../shared/accounts/account';
import type { CallResult } from '../../../shared/contract/call-result';
import { AppError } from './app-error';
import type { Clock } from './clock';

/** Who makes a call and when: every recorded change takes its "who" and "when" from here. */
export interface CallContext {
  /** The signed-in user's display name, as every history shows it. */
  actor: string;
  clock: Clock;
  /** The signed-in user; null only in the calls that work signed out (app.info, accounts.status/setupAdmin/signIn). */
  user: SessionUser | null;
  /** The session token the call came with, once resolved. */
  session: string | null;
  /**
   * Another call of the contract made by the same user in the same session, through every
   * check of the dispatcher (the call's permission, its input schema): for a call built
   * on another, such as printing a PDF that another call composes.
   */
  dispatch(name: string, input: unknown): Promise<CallResult<unknown>>;
}

/** The actor recorded for what happens before anyone signs in (first run, failed sign-ins). */
export const SIGNED_OUT_ACTOR = 'Belum masuk';

/** The signed-in user of a call that requires one (the dispatcher has already checked it). */
export function signedInUser(ctx: CallContext): SessionUser {
  if (!ctx.user) throw new AppError('NOT_SIGNED_IN', 'Silakan masuk terlebih dahulu.');
  return ctx.user;
}
