import type { SessionUser } from '../../../shared/accounts/account';

/**
 * What the dispatcher asks before running a call: who the envelope's session belongs to.
 * It throws an AppError (NOT_SIGNED_IN, SESSION_LOCKED) when the call may not go ahead;
 * the accounts feature implements it.
 */
export interface SessionGate {
  resolve(token: string | undefined, callName: string, now: Date): Promise<SessionUser>;
}
