import crypto from 'node:crypto';

export interface Session {
  userId: number;
  /** Milliseconds on the backend's clock of the last call or activity ping. */
  lastActivityMs: number;
  locked: boolean;
}

/**
 * Signed-in sessions, in memory only: a restart signs everyone out, and a token never
 * touches the disk. Tokens are 32 random bytes, compared as map keys (a lookup, not a
 * character-by-character comparison an attacker could time).
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  open(userId: number, nowMs: number): string {
    const token = crypto.randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastActivityMs: nowMs, locked: false });
    return token;
  }

  get(token: string): Session | undefined {
    return this.sessions.get(token);
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of a user (deactivated, password reset). */
  closeAllOf(userId: number): void {
    for (const [token, session] of this.sessions) if (session.userId === userId) this.sessions.delete(token);
  }
}
