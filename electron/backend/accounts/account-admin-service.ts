import type { Kysely } from 'kysely';
import type { AccountSummary } from '../../../shared/accounts/account';
import type { saveAccountSchema } from '../../../shared/accounts/account-schemas';
import type { z } from '../../../shared/validation/zod-indonesian';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { parsePermissions, toSummary } from './account-repository';
import type { AccountService } from './account-service';

type SaveAccount = z.output<typeof saveAccountSchema>;

const LAST_ADMIN = 'Harus tetap ada sekurang-kurangnya satu administrator aktif; jadikan akun lain administrator lebih dulu.';

/**
 * The administrator's work on accounts: create, edit (positions, permissions, active),
 * reset a password. Never writes or audits a password or its hash; a deactivated account
 * or a reset password ends that user's open sessions at once.
 */
export class AccountAdminService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly accounts: AccountService,
  ) {}

  list(): Promise<AccountSummary[]> {
    return this.accounts.repo.summaries();
  }

  async save(input: SaveAccount, ctx: CallContext): Promise<AccountSummary> {
    const repo = this.accounts.repo;
    const hash = input.id === null && input.password !== undefined ? await this.accounts.hash(input.password) : null;
    const at = ctx.clock.now();
    const saved = await this.db.transaction().execute(async (trx) => {
      const clash = await repo.byUsername(input.username, trx);
      if (clash && clash.id !== input.id) {
        throw new AppError('CONFLICT', `Nama pengguna "${input.username}" sudah dipakai ${clash.name}.`, { username: 'Nama pengguna sudah dipakai.' });
      }
      if (input.positionIds.length > 0) {
        const found = await trx.selectFrom('positions').select('id').where('id', 'in', input.positionIds).execute();
        if (found.length !== input.positionIds.length) throw new AppError('VALIDATION', 'Ada jabatan yang tidak ditemukan.', { positionIds: 'Ada jabatan yang tidak ditemukan.' });
      }
      const values = {
        username: input.username, name: input.name, nip: input.nip, is_admin: input.isAdmin ? 1 : 0,
        permissions_json: JSON.stringify(input.permissions), active: input.active ? 1 : 0, updated_at: at.toISOString(),
      };
      if (input.id === null) {
        const row = await trx.insertInto('users').values({
          ...values, password_hash: hash!, failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at.toISOString(),
        }).returningAll().executeTakeFirstOrThrow();
        await repo.setPositions(row.id, input.positionIds, trx);
        await recordAudit(trx, {
          entityType: 'user', entityId: row.id, action: 'dibuat', actor: ctx.actor, at,
          changes: {
            username: [null, row.username], name: [null, row.name], is_admin: [null, String(input.isAdmin)],
            permissions: [null, input.permissions.join(', ')], positions: [null, input.positionIds.join(', ')],
          },
        });
        return row;
      }
      const before = await repo.byId(input.id, trx);
      if (!before) throw notFound('Akun');
      const beforePositions = await repo.positionIdsOf(input.id, trx);
      const row = await trx.updateTable('users').set(values).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
      if ((await repo.activeAdminCount(trx)) === 0) throw new AppError('CONFLICT', LAST_ADMIN, { isAdmin: LAST_ADMIN });
      await repo.setPositions(row.id, input.positionIds, trx);
      const flat = (r: typeof row, positions: number[]) => ({
        username: r.username, name: r.name, nip: r.nip, is_admin: String(r.is_admin === 1), active: String(r.active === 1),
        permissions: parsePermissions(r.permissions_json).join(', '), positions: positions.join(', '),
      });
      await recordAudit(trx, {
        entityType: 'user', entityId: row.id, action: 'diubah', actor: ctx.actor, at,
        changes: diffFields(flat(before, beforePositions), flat(row, input.positionIds), ['username', 'name', 'nip', 'is_admin', 'active', 'permissions', 'positions']),
      });
      return row;
    });
    this.accounts.invalidate();
    if (saved.active !== 1) this.accounts.sessions.closeAllOf(saved.id);
    return toSummary(saved, input.positionIds);
  }

  async resetPassword(id: number, password: string, ctx: CallContext): Promise<AccountSummary> {
    const hash = await this.accounts.hash(password);
    const at = ctx.clock.now();
    const row = await this.db.transaction().execute(async (trx) => {
      const updated = await trx.updateTable('users').set({ password_hash: hash, failed_attempts: 0, locked_until: null, updated_at: at.toISOString() })
        .where('id', '=', id).returningAll().executeTakeFirst();
      if (!updated) throw notFound('Akun');
      await recordAudit(trx, { entityType: 'user', entityId: id, action: 'kata sandi diatur ulang', actor: ctx.actor, at });
      return updated;
    });
    // Whoever was signed in with the old password signs in again — except the administrator doing it.
    if (ctx.user?.id !== id) this.accounts.sessions.closeAllOf(id);
    return toSummary(row, await this.accounts.repo.positionIdsOf(id));
  }
}
