import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../shared/accounts/account';

export interface SessionState {
  info: SessionInfo;
  locked: boolean;
  /** Locks the screen now (the clerk leaves the desk); the screen underneath stays as it is. */
  lock(): void;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user and their positions; only inside the signed-in app. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession di luar AppProvider');
  return state;
}
