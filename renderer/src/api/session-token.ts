const SESSION_KEY = 'meja.session';

/**
 * The session token of the signed-in user, kept for this window only (sessionStorage):
 * a reload keeps the user signed in, closing the window forgets it, and the backend
 * forgets every token when it restarts.
 */
export function sessionToken(): string | null {
  return sessionStorage.getItem(SESSION_KEY);
}

export function setSessionToken(token: string | null): void {
  if (token) sessionStorage.setItem(SESSION_KEY, token);
  else sessionStorage.removeItem(SESSION_KEY);
}

type SessionProblem = 'NOT_SIGNED_IN' | 'SESSION_LOCKED';
const listeners = new Set<(problem: SessionProblem) => void>();

/** Told when any call comes back signed out or locked, so the app can show the sign-in or lock screen. */
export function onSessionProblem(listener: (problem: SessionProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionProblem(problem: SessionProblem): void {
  for (const listener of listeners) listener(problem);
}
