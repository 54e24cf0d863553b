import type { Kysely } from 'kysely';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { ActorMappingView } from '../../../shared/workflow/tray';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import type { WorkflowRepository } from './workflow-repository';

export const ACTOR_MAPPING_ENTITY = 'sop_actor_mapping';

/**
 * Which office positions stand for each actor column of an SOP. Saved per SOP code; an
 * SOP whose `jabatan` actors are not all mapped cannot start runs (`missingActors`).
 */
export class ActorMappingService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: WorkflowRepository,
    private readonly settings: SettingsService,
  ) {}

  private async latest(code: string) {
    const row = await this.db
      .selectFrom('sop_versions')
      .select(['id', 'version'])
      .where('code', '=', code)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw notFound('SOP');
    return { ...row, ...(await this.repo.version(row.id)) };
  }

  async view(code: string, now: Date): Promise<ActorMappingView> {
    const sop = await this.latest(code);
    const mapping = await this.repo.mapping(code);
    const day = officeDayOf(now, (await this.settings.office()).timeZone);
    const actors = sop.definition.actors.map((a) => ({
      key: a.key,
      label: a.label,
      kind: a.kind,
      positionIds: mapping.get(a.key) ?? [],
      required: a.kind === 'jabatan',
    }));
    const missing = actors.filter((a) => a.required && a.positionIds.length === 0).map((a) => a.label);
    return {
      code,
      title: sop.title,
      versionId: sop.id,
      version: sop.version,
      actors,
      positions: await this.repo.positionOptions(day),
      complete: missing.length === 0,
      missing,
    };
  }

  async save(input: { code: string; actors: { key: string; positionIds: number[] }[] }, ctx: CallContext): Promise<ActorMappingView> {
    const sop = await this.latest(input.code);
    const known = new Map(sop.definition.actors.map((a) => [a.key, a]));
    const allIds = [...new Set(input.actors.flatMap((a) => a.positionIds))];
    const found = allIds.length
      ? await this.db.selectFrom('positions').select('id').where('id', 'in', allIds).where('active', '=', 1).execute()
      : [];
    if (found.length !== allIds.length) throw new AppError('VALIDATION', 'Ada jabatan yang tidak ditemukan atau tidak aktif.');
    for (const a of input.actors) {
      const actor = known.get(a.key);
      if (!actor) throw new AppError('VALIDATION', `Pelaksana "${a.key}" tidak ada dalam SOP ini.`);
      if (actor.kind === 'sistem' && a.positionIds.length > 0) {
        throw new AppError('VALIDATION', `${actor.label} adalah sistem; langkahnya tidak dikerjakan oleh jabatan.`);
      }
    }
    const now = ctx.clock.now();
    const before = await this.repo.mapping(input.code);
    await this.db.transaction().execute(async (trx) => {
      const changes: Record<string, [string | null, string | null]> = {};
      for (const a of input.actors) {
        const old = (before.get(a.key) ?? []).join(', ');
        const next = [...new Set(a.positionIds)];
        if (old !== [...next].sort((x, y) => x - y).join(', ')) changes[a.key] = [old || null, next.join(', ') || null];
        await trx.deleteFrom('sop_actor_positions').where('sop_code', '=', input.code).where('actor_key', '=', a.key).execute();
        if (next.length > 0) {
          await trx
            .insertInto('sop_actor_positions')
            .values(next.map((p) => ({ sop_code: input.code, actor_key: a.key, position_id: p, updated_by: ctx.actor, updated_at: now.toISOString() })))
            .execute();
        }
      }
      await recordAudit(trx, { entityType: ACTOR_MAPPING_ENTITY, entityId: sop.id, action: 'pemetaan_pelaksana', actor: ctx.actor, at: now, changes });
    });
    return this.view(input.code, now);
  }

  /** Labels of the `jabatan` actors of this SOP version without a position. */
  async missingActors(versionId: number): Promise<string[]> {
    const sop = await this.repo.version(versionId);
    const mapping = await this.repo.mapping(sop.code);
    return sop.definition.actors.filter((a) => a.kind === 'jabatan' && !(mapping.get(a.key)?.length)).map((a) => a.label);
  }
}
