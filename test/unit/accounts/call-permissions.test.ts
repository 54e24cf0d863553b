import { describe, expect, it } from 'vitest';
import { ADMIN_CALLS, callAccess, LOCKED_SESSION_CALLS, mayCall, PERMISSION_CALLS, SIGNED_OUT_CALLS } from '../../../shared/accounts/call-permissions';
import { CALL_NAMES } from '../../../shared/contract/calls';

describe('call permissions', () => {
  it('name only calls of the contract', () => {
    for (const name of [...SIGNED_OUT_CALLS, ...LOCKED_SESSION_CALLS, ...ADMIN_CALLS, ...Object.keys(PERMISSION_CALLS)]) {
      expect(CALL_NAMES, name).toContain(name);
    }
  });

  it('leave exactly app.info and the sign-in calls open to a desk that is not signed in', () => {
    expect(CALL_NAMES.filter((n) => callAccess(n).kind === 'signed-out').sort()).toEqual(['accounts.setupAdmin', 'accounts.signIn', 'accounts.status', 'app.info']);
  });

  it('keep every write to settings, organisation, accounts, calendar and SOPs for administrators', () => {
    const configuration = /^(settings|organisation|calendar|sop)\.(save|delete|reset|confirm|install|import|set)|^accounts\.(list|save|reset|saveSettings)|^complaints\.save|^workflow\.saveActorMapping/;
    const writes = CALL_NAMES.filter((n) => configuration.test(n));
    expect(writes.length).toBeGreaterThanOrEqual(10);
    for (const name of writes) expect(callAccess(name).kind, name).toBe('admin');
  });

  it('let a clerk do the desk work, and reveal identities only with the permission', () => {
    const clerk = { isAdmin: false, permissions: [] as string[] };
    expect(mayCall(clerk, 'complaints.intake')).toBe(true);
    expect(mayCall(clerk, 'settings.save')).toBe(false);
    expect(mayCall(clerk, 'complaints.revealIdentity')).toBe(false);
    expect(mayCall({ isAdmin: false, permissions: ['lihat-identitas-rahasia'] }, 'complaints.revealIdentity')).toBe(true);
    expect(mayCall({ isAdmin: true, permissions: [] }, 'complaints.revealIdentity')).toBe(true);
  });
});
