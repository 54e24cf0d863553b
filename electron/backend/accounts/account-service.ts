import type { Kysely } from 'kysely';
import type { AccountsStatus, AccountSummary, SessionInfo, SessionUser, SignedIn } from '../../../shared/accounts/account';
import type { setupAdminSchema } from '../../../shared/accounts/account-schemas';
import { LOCKED_SESSION_CALLS } from '../../../shared/accounts/call-permissions';
import { formatTime } from '../../../shared/time/indonesian-dates';
import type { z } from '../../../shared/validation/zod-indonesian';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import { SIGNED_OUT_ACTOR, signedInUser, type CallContext } from '../core/call-context';
import type { SessionGate } from '../core/session-gate';
import type { OrganisationService } from '../organisation/organisation-service';
import type { SettingsService } from '../settings/settings-service';
import { AccountRepository, toSummary } from './account-repository';
import type { AccountSettingsService } from './account-settings-service';
import { hashPassword, verifyPassword } from './password-hash';
import { SessionStore } from './session-store';

/** Wrong passwords in a row before an account locks for a while (online guessing at the counter). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

const WRONG = 'Nama pengguna atau kata sandi salah.';

export interface AccountServiceOptions {
  /** log2 of scrypt's N; lower only in tests. */
  scryptCost?: number;
  /** The demo office's shared password, shown on its sign-in screen; null for real offices. */
  demoPassword?: string | null;
}

/**
 * Signing in and out, first-run setup, and the session behind every call: resolves a
 * token into its user, locks it after the idle time, and counts wrong passwords.
 */
export class AccountService implements SessionGate {
  readonly sessions = new SessionStore();
  readonly repo: AccountRepository;
  private readonly users = new Map<number, SessionUser>();
  // Hashed once, so an unknown user name costs as much time as a wrong password.
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly office: SettingsService,
    private readonly accountSettings: AccountSettingsService,
    private readonly organisation: OrganisationService,
    private readonly options: AccountServiceOptions = {},
  ) {
    this.repo = new AccountRepository(db);
  }

  hash(password: string): Promise<string> {
    return hashPassword(password, this.options.scryptCost);
  }

  /** Forget cached users after any change to accounts or positions. */
  invalidate(): void {
    this.users.clear();
  }

  async status(): Promise<AccountsStatus> {
    const office = await this.office.office();
    const demoPassword = this.options.demoPassword ?? null;
    const demoAccounts = demoPassword === null ? [] : await this.demoAccounts();
    return { hasAccounts: (await this.repo.count()) > 0, officeName: office.nameLines, logoDataUrl: office.logoDataUrl, demoPassword, demoAccounts };
  }

  async setupAdmin(input: z.output<typeof setupAdminSchema>, ctx: CallContext): Promise<AccountSummary> {
    const hash = await this.hash(input.password);
    const at = ctx.clock.now().toISOString();
    const row = await this.db.transaction().execute(async (trx) => {
      // Checked inside the write transaction, so two first-run screens cannot both win.
      const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
      if (existing) throw new AppError('FORBIDDEN', 'Akun administrator sudah dibuat. Masuk dengan akun yang ada, atau minta administrator membuatkan akun.');
      const created = await trx.insertInto('users').values({
        username: input.username, name: input.name, nip: input.nip, password_hash: hash, is_admin: 1, permissions_json: '[]',
        active: 1, failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at, updated_at: at,
      }).returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, {
        entityType: 'user', entityId: created.id, action: 'dibuat', actor: input.name, at: ctx.clock.now(),
        changes: { username: [null, created.username], is_admin: [null, 'true'] }, reason: 'Administrator pertama (pemasangan baru)',
      });
      return created;
    });
    return toSummary(row, []);
  }

  async signIn(username: string, password: string, ctx: CallContext): Promise<SignedIn> {
    const now = ctx.clock.now();
    const row = await this.repo.byUsername(username);
    if (!row) {
      this.dummyHash ??= this.hash('bukan-kata-sandi-siapa-pun');
      await verifyPassword(password, await this.dummyHash);
      await recordAudit(this.db, { entityType: 'user', entityId: 0, action: 'gagal masuk', actor: SIGNED_OUT_ACTOR, at: now, reason: 'Nama pengguna tidak terdaftar' });
      throw new AppError('VALIDATION', WRONG, { password: WRONG });
    }
    await this.checkPassword(row.id, password, now, 'gagal masuk');
    if (row.active !== 1) throw new AppError('FORBIDDEN', 'Akun ini sudah dinonaktifkan. Hubungi administrator kantor.');
    await this.db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', row.id).execute();
    const token = this.sessions.open(row.id, now.getTime());
    await recordAudit(this.db, { entityType: 'user', entityId: row.id, action: 'masuk', actor: row.name, at: now });
    return { session: token, info: await this.sessionInfo(row.id) };
  }

  /**
   * Verifies a password, counting failures: the fifth wrong one in a row locks the account
   * for LOCKOUT_MINUTES; the right one resets the count. Throws when it does not match.
   */
  private async checkPassword(userId: number, password: string, now: Date, failedAction: string): Promise<void> {
    const row = (await this.repo.byId(userId))!;
    if (row.locked_until && row.locked_until > now.toISOString()) {
      const until = formatTime(row.locked_until, (await this.office.office()).timeZone);
      throw new AppError('FORBIDDEN', `Akun dikunci sementara karena ${MAX_FAILED_ATTEMPTS} kali salah kata sandi. Coba lagi setelah pukul ${until}, atau minta administrator mengatur ulang kata sandi.`);
    }
    if (await verifyPassword(password, row.password_hash)) {
      if (row.failed_attempts > 0 || row.locked_until) {
        await this.db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', userId).execute();
      }
      return;
    }
    const failures = row.failed_attempts + 1;
    const lock = failures >= MAX_FAILED_ATTEMPTS;
    const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ failed_attempts: lock ? 0 : failures, locked_until: lockedUntil }).where('id', '=', userId).execute();
      await recordAudit(trx, {
        entityType: 'user', entityId: userId, action: failedAction, actor: SIGNED_OUT_ACTOR, at: now,
        reason: lock ? `Salah kata sandi ${MAX_FAILED_ATTEMPTS} kali; akun dikunci ${LOCKOUT_MINUTES} menit` : `Salah kata sandi (ke-${failures})`,
      });
    });
    if (lock) {
      const until = formatTime(lockedUntil!, (await this.office.office()).timeZone);
      throw new AppError('FORBIDDEN', `Kata sandi salah ${MAX_FAILED_ATTEMPTS} kali. Akun dikunci sementara sampai pukul ${until}.`);
    }
    const left = MAX_FAILED_ATTEMPTS - failures;
    const message = failures >= 3 ? `${WRONG} Sisa ${left} kali percobaan sebelum akun dikunci sementara.` : WRONG;
    throw new AppError('VALIDATION', message, { password: message });
  }

  async sessionInfo(userId: number): Promise<SessionInfo> {
    const user = await this.user(userId);
    if (!user) throw new AppError('NOT_SIGNED_IN', 'Akun Anda tidak aktif lagi. Silakan hubungi administrator.');
    return { user, positions: await this.organisation.positionRefs(user.positionIds), idleMinutes: (await this.accountSettings.get()).idleMinutes };
  }

  /** The dispatcher's question for every call that needs a session. */
  async resolve(token: string | undefined, callName: string, now: Date): Promise<SessionUser> {
    const session = token ? this.sessions.get(token) : undefined;
    if (!token || !session) throw new AppError('NOT_SIGNED_IN', 'Anda belum masuk atau sesi sudah berakhir. Silakan masuk kembali.');
    const user = await this.user(session.userId);
    if (!user) {
      this.sessions.close(token);
      throw new AppError('NOT_SIGNED_IN', 'Akun Anda sudah dinonaktifkan. Hubungi administrator kantor.');
    }
    if (LOCKED_SESSION_CALLS.has(callName)) return user;
    const idleMs = (await this.accountSettings.get()).idleMinutes * 60_000;
    if (!session.locked && now.getTime() - session.lastActivityMs > idleMs) session.locked = true;
    if (session.locked) {
      throw new AppError('SESSION_LOCKED', `Layar terkunci. Masukkan kata sandi ${user.name} untuk melanjutkan.`);
    }
    session.lastActivityMs = Math.max(session.lastActivityMs, now.getTime());
    return user;
  }

  lock(ctx: CallContext): null {
    const session = ctx.session ? this.sessions.get(ctx.session) : undefined;
    if (session) session.locked = true;
    return null;
  }

  async unlock(password: string, ctx: CallContext): Promise<SessionInfo> {
    const user = signedInUser(ctx);
    const session = this.sessions.get(ctx.session!)!;
    await this.checkPassword(user.id, password, ctx.clock.now(), 'gagal membuka kunci');
    session.locked = false;
    session.lastActivityMs = ctx.clock.now().getTime();
    return this.sessionInfo(user.id);
  }

  async signOut(ctx: CallContext): Promise<null> {
    const user = signedInUser(ctx);
    this.sessions.close(ctx.session!);
    await recordAudit(this.db, { entityType: 'user', entityId: user.id, action: 'keluar', actor: user.name, at: ctx.clock.now() });
    return null;
  }

  /** A session for a user the caller already trusts (demo seeding, tests); no transport reaches this. */
  openTrustedSession(userId: number, now: Date): string {
    return this.sessions.open(userId, now.getTime());
  }

  private async user(userId: number): Promise<SessionUser | null> {
    const cached = this.users.get(userId);
    if (cached) return cached;
    const user = await this.repo.sessionUser(userId);
    if (user) this.users.set(userId, user);
    return user;
  }

  private async demoAccounts(): Promise<AccountsStatus['demoAccounts']> {
    const all = await this.repo.summaries();
    const out: AccountsStatus['demoAccounts'] = [];
    // In the order they were made: the demo seeds them from the head of office down.
    for (const a of all.filter((x) => x.active).sort((x, y) => x.id - y.id)) {
      const refs = await this.organisation.positionRefs(a.positionIds);
      out.push({ username: a.username, name: a.name, positions: refs.map((p) => p.shortTitle || p.title).join(', ') });
    }
    return out;
  }
}
