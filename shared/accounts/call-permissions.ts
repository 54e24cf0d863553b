import type { CallName } from '../contract/calls';
import type { Permission } from './permissions';

/**
 * Who may make which call — the one place that says so. The dispatcher enforces it
 * before any input is read; the renderer uses it only to hide buttons a user cannot use.
 */

/** Calls that work without a session: the sign-in and first-run screens need them. */
export const SIGNED_OUT_CALLS: ReadonlySet<string> = new Set<CallName>(['app.info', 'accounts.status', 'accounts.setupAdmin', 'accounts.signIn']);

/** Calls a locked session may still make: unlocking it, or giving it up ("Ganti pengguna"). */
export const LOCKED_SESSION_CALLS: ReadonlySet<string> = new Set<CallName>(['accounts.unlock', 'accounts.signOut']);

/**
 * Calls that change how the office works rather than a case: settings, lists, the
 * organisation chart, accounts, the working calendar and the SOPs. A unit test checks
 * every name exists and that no configuration write of those areas is missing here.
 */
export const ADMIN_CALLS: ReadonlySet<string> = new Set<string>([
  'settings.save',
  'settings.saveDocuments',
  'complaints.saveCategory',
  'complaints.saveNumbering',
  'accounts.list',
  'accounts.save',
  'accounts.resetPassword',
  'accounts.saveSettings',
  'organisation.saveUnit',
  'organisation.savePosition',
  'organisation.saveHolder',
  'organisation.deleteHolder',
  'calendar.saveHoliday',
  'calendar.deleteHoliday',
  'calendar.resetYear',
  'calendar.confirmYear',
  'calendar.saveHours',
  'sop.installPreset',
  'sop.save',
  'sop.import',
  'sop.setAssignment',
  'workflow.saveActorMapping',
  'letters.saveNumbering',
  'letters.saveMailSettings',
  'printing.saveSettings',
  'scanner.saveHotFolder',
  'archive.saveClassification',
  'archive.saveNumbering',
]);

/** Calls that need one particular permission (administrators hold them all). */
export const PERMISSION_CALLS: Readonly<Record<string, Permission>> = {
  'complaints.revealIdentity': 'lihat-identitas-rahasia',
};

export type CallAccess = { kind: 'signed-out' } | { kind: 'signed-in' } | { kind: 'admin' } | { kind: 'permission'; permission: Permission };

export function callAccess(name: string): CallAccess {
  if (SIGNED_OUT_CALLS.has(name)) return { kind: 'signed-out' };
  if (ADMIN_CALLS.has(name)) return { kind: 'admin' };
  const permission = PERMISSION_CALLS[name];
  return permission ? { kind: 'permission', permission } : { kind: 'signed-in' };
}

/** Whether a user may make a call (the renderer hides what they may not). */
export function mayCall(user: { isAdmin: boolean; permissions: readonly string[] }, name: string): boolean {
  const access = callAccess(name);
  if (access.kind === 'admin') return user.isAdmin;
  if (access.kind === 'permission') return user.isAdmin || user.permissions.includes(access.permission);
  return true;
}
