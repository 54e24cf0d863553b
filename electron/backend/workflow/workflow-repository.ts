import type { Kysely, Selectable, Transaction } from 'kysely';
import { sopDefinitionSchema, type SopDefinition } from '../../../shared/sop/sop-definition';
import { parseRunEvents, type RunEvent } from '../../../shared/workflow/run-events';
import type { PositionOption } from '../../../shared/workflow/tray';
import { holderOn } from '../../../shared/organisation/acting-holder';
import type { Database, WorkflowRunsTable } from '../../db/database-schema';
import { toHolder } from '../organisation/organisation-rows';

type Db = Kysely<Database> | Transaction<Database>;
export type RunRow = Selectable<WorkflowRunsTable>;

/** Reads and writes of the engine's tables; no rules here (those are in the services). */
export class WorkflowRepository {
  /** SOP versions never change: parsed once per process. */
  private readonly definitions = new Map<number, { code: string; version: number; title: string; definition: SopDefinition }>();

  constructor(readonly db: Kysely<Database>) {}

  runOf(complaintId: number, db: Db = this.db): Promise<RunRow | undefined> {
    return db.selectFrom('workflow_runs').selectAll().where('complaint_id', '=', complaintId).executeTakeFirst();
  }

  async events(runId: number, db: Db = this.db): Promise<RunEvent[]> {
    const rows = await db.selectFrom('workflow_events').select('payload_json').where('run_id', '=', runId).orderBy('seq').execute();
    return parseRunEvents(rows.map((r) => JSON.parse(r.payload_json) as unknown));
  }

  async appendEvents(trx: Transaction<Database>, runId: number, fromSeq: number, events: readonly RunEvent[]): Promise<void> {
    if (events.length === 0) return;
    await trx
      .insertInto('workflow_events')
      .values(
        events.map((e, i) => ({
          run_id: runId,
          seq: fromSeq + i + 1,
          type: e.type,
          payload_json: JSON.stringify(e),
          at: e.at,
          user_id: e.by.userId,
          user_name: e.by.name,
        })),
      )
      .execute();
  }

  async version(versionId: number, db: Db = this.db) {
    const cached = this.definitions.get(versionId);
    if (cached) return cached;
    const row = await db.selectFrom('sop_versions').select(['code', 'version', 'title', 'definition_json']).where('id', '=', versionId).executeTakeFirstOrThrow();
    const parsed = { code: row.code, version: row.version, title: row.title, definition: sopDefinitionSchema.parse(JSON.parse(row.definition_json)) };
    this.definitions.set(versionId, parsed);
    return parsed;
  }

  /** Actor key → positions, for one SOP code. */
  async mapping(sopCode: string, db: Db = this.db): Promise<Map<string, number[]>> {
    const rows = await db.selectFrom('sop_actor_positions').select(['actor_key', 'position_id']).where('sop_code', '=', sopCode).orderBy('position_id').execute();
    const map = new Map<string, number[]>();
    for (const r of rows) map.set(r.actor_key, [...(map.get(r.actor_key) ?? []), r.position_id]);
    return map;
  }

  async unitsOf(positionIds: readonly number[], db: Db = this.db): Promise<Map<number, number>> {
    if (positionIds.length === 0) return new Map();
    const rows = await db.selectFrom('positions').select(['id', 'unit_id']).where('id', 'in', [...new Set(positionIds)]).execute();
    return new Map(rows.map((r) => [r.id, r.unit_id]));
  }

  async positionsOfUsers(userIds: readonly number[], db: Db = this.db): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (userIds.length === 0) return map;
    const rows = await db.selectFrom('user_positions').select(['user_id', 'position_id']).where('user_id', 'in', [...new Set(userIds)]).execute();
    for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.position_id]);
    return map;
  }

  /** Positions as pickers show them, with today's holder; all active ones when `ids` is absent. */
  async positionOptions(day: string, ids?: readonly number[], db: Db = this.db): Promise<PositionOption[]> {
    if (ids && ids.length === 0) return [];
    let query = db
      .selectFrom('positions')
      .innerJoin('units', 'units.id', 'positions.unit_id')
      .select(['positions.id', 'positions.title', 'positions.short_title', 'positions.unit_id', 'units.name as unit_name', 'positions.sort_order'])
      .orderBy('units.sort_order')
      .orderBy('positions.sort_order')
      .orderBy('positions.id');
    query = ids ? query.where('positions.id', 'in', [...new Set(ids)]) : query.where('positions.active', '=', 1);
    const rows = await query.execute();
    const holders = rows.length
      ? await db.selectFrom('position_holders').selectAll().where('position_id', 'in', rows.map((r) => r.id)).execute()
      : [];
    const byPosition = new Map<number, ReturnType<typeof toHolder>[]>();
    for (const h of holders) byPosition.set(h.position_id, [...(byPosition.get(h.position_id) ?? []), toHolder(h)]);
    const options = rows.map((r) => ({
      positionId: r.id,
      title: r.title,
      shortTitle: r.short_title || r.title,
      unitId: r.unit_id,
      unitName: r.unit_name,
      holderName: holderOn(byPosition.get(r.id) ?? [], day)?.name ?? null,
    }));
    // Keep the caller's order when it named the positions (a disposition's recipients).
    return ids ? ids.map((id) => options.find((o) => o.positionId === id)).filter((o): o is PositionOption => !!o) : options;
  }
}
