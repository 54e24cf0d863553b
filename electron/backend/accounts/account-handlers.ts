import { signedInUser } from '../core/call-context';
import type { Handlers } from '../core/dispatcher';
import type { AccountAdminService } from './account-admin-service';
import type { AccountService } from './account-service';
import type { AccountSettingsService } from './account-settings-service';

type AccountHandlers = Pick<Handlers, Extract<keyof Handlers, `accounts.${string}`>>;

export function accountHandlers(accounts: AccountService, admin: AccountAdminService, settings: AccountSettingsService): AccountHandlers {
  return {
    'accounts.status': () => accounts.status(),
    'accounts.setupAdmin': (input, ctx) => accounts.setupAdmin(input, ctx),
    'accounts.signIn': (input, ctx) => accounts.signIn(input.username, input.password, ctx),
    'accounts.session': (_input, ctx) => accounts.sessionInfo(signedInUser(ctx).id),
    // The dispatcher already counted the call as activity; this call exists to say "still typing".
    'accounts.touch': async () => null,
    'accounts.lock': async (_input, ctx) => accounts.lock(ctx),
    'accounts.unlock': (input, ctx) => accounts.unlock(input.password, ctx),
    'accounts.signOut': (_input, ctx) => accounts.signOut(ctx),
    'accounts.list': () => admin.list(),
    'accounts.save': (input, ctx) => admin.save(input, ctx),
    'accounts.resetPassword': (input, ctx) => admin.resetPassword(input.id, input.password, ctx),
    'accounts.settings': () => settings.get(),
    'accounts.saveSettings': (input, ctx) => settings.save(input, ctx),
  };
}
