import type { PositionRef } from '../organisation/organisation';
import type { Permission } from './permissions';

/** The signed-in user as every call's context carries it. */
export interface SessionUser {
  id: number;
  username: string;
  name: string;
  isAdmin: boolean;
  permissions: Permission[];
  positionIds: number[];
}

/** What the renderer knows about its own session. */
export interface SessionInfo {
  user: SessionUser;
  positions: PositionRef[];
  /** Minutes without activity after which the session locks. */
  idleMinutes: number;
}

export interface SignedIn {
  /** The session token; sent in every call's envelope until sign-out. */
  session: string;
  info: SessionInfo;
}

/** What the sign-in and first-run screens need before anyone is signed in. */
export interface AccountsStatus {
  /** False on a new installation: the first-run screen asks for the administrator. */
  hasAccounts: boolean;
  officeName: string[];
  logoDataUrl: string;
  /** Only in a demo data folder: the password all demo accounts share, shown on the sign-in screen. */
  demoPassword: string | null;
  /** Only in a demo data folder: the demo accounts to pick from. */
  demoAccounts: { username: string; name: string; positions: string }[];
}

/** An account as the administrator's list shows it. */
export interface AccountSummary {
  id: number;
  username: string;
  name: string;
  nip: string;
  isAdmin: boolean;
  permissions: Permission[];
  positionIds: number[];
  active: boolean;
  /** Set while the account is locked after repeated wrong passwords. */
  lockedUntil: string | null;
  lastSignInAt: string | null;
}

export interface AccountSettings {
  idleMinutes: number;
}

export const DEFAULT_IDLE_MINUTES = 10;
