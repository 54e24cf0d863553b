import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AccountSummary, SessionUser } from '../../../shared/accounts/account';
import { PERMISSIONS, type Permission } from '../../../shared/accounts/permissions';
import type { Database, UsersTable } from '../../db/database-schema';

export type UserRow = Selectable<UsersTable>;
type Db = Kysely<Database> | Transaction<Database>;

export function parsePermissions(json: string): Permission[] {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? list.filter((p): p is Permission => (PERMISSIONS as readonly unknown[]).includes(p)) : [];
  } catch {
    return [];
  }
}

/** Reads and writes of `users` and `user_positions`; nothing here decides who may do what. */
export class AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byUsername(username: string, db: Db = this.db): Promise<UserRow | undefined> {
    return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  byId(id: number, db: Db = this.db): Promise<UserRow | undefined> {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async positionIdsOf(userId: number, db: Db = this.db): Promise<number[]> {
    const rows = await db.selectFrom('user_positions').select('position_id').where('user_id', '=', userId).orderBy('position_id').execute();
    return rows.map((r) => r.position_id);
  }

  async setPositions(userId: number, positionIds: readonly number[], db: Db): Promise<void> {
    await db.deleteFrom('user_positions').where('user_id', '=', userId).execute();
    if (positionIds.length > 0) {
      await db.insertInto('user_positions').values(positionIds.map((position_id) => ({ user_id: userId, position_id }))).execute();
    }
  }

  async sessionUser(userId: number): Promise<SessionUser | null> {
    const row = await this.byId(userId);
    if (!row || row.active !== 1) return null;
    return {
      id: row.id, username: row.username, name: row.name, isAdmin: row.is_admin === 1,
      permissions: parsePermissions(row.permissions_json), positionIds: await this.positionIdsOf(row.id),
    };
  }

  async summaries(): Promise<AccountSummary[]> {
    const [rows, links] = await Promise.all([
      this.db.selectFrom('users').selectAll().orderBy('name').execute(),
      this.db.selectFrom('user_positions').selectAll().orderBy('position_id').execute(),
    ]);
    return rows.map((r) => toSummary(r, links.filter((l) => l.user_id === r.id).map((l) => l.position_id)));
  }

  async activeAdminCount(db: Db): Promise<number> {
    const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('is_admin', '=', 1).where('active', '=', 1).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

export function toSummary(r: UserRow, positionIds: number[]): AccountSummary {
  return {
    id: r.id, username: r.username, name: r.name, nip: r.nip, isAdmin: r.is_admin === 1,
    permissions: parsePermissions(r.permissions_json), positionIds, active: r.active === 1,
    lockedUntil: r.locked_until, lastSignInAt: r.last_sign_in_at,
  };
}
