import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Channel } from '../../../shared/complaints/complaint-enums';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import type { SopAssignment, SopVersion, SopVersionSummary } from '../../../shared/sop/sop-records';
import type { Database, SopVersionsTable } from '../../db/database-schema';

type Db = Kysely<Database> | Transaction<Database>;
type VersionRow = Selectable<SopVersionsTable>;

const DEFAULT_SCOPE = 'default';
const CHANNEL_PREFIX = 'channel:';

/** SHA-256 of the definition's JSON; zod's parse fixes the key order, so equal SOPs hash equally. */
export function sopContentHash(definition: SopDefinition): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
}

export function toVersionSummary(row: VersionRow): SopVersionSummary {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    title: row.title,
    origin: row.origin,
    presetId: row.preset_id,
    changeNote: row.change_note,
    contentHash: row.content_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export interface NewSopVersion {
  definition: SopDefinition;
  origin: VersionRow['origin'];
  presetId: string | null;
  changeNote: string;
  createdBy: string;
  createdAt: string;
}

/** Reads and appends SOP versions and the office's assignment. Versions are only ever inserted. */
export class SopRepository {
  constructor(private readonly db: Kysely<Database>) {}

  versionRow(id: number, db: Db = this.db): Promise<VersionRow | undefined> {
    return db.selectFrom('sop_versions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  latestRow(code: string, db: Db = this.db): Promise<VersionRow | undefined> {
    return db.selectFrom('sop_versions').selectAll().where('code', '=', code).orderBy('version', 'desc').limit(1).executeTakeFirst();
  }

  /** The latest version of every SOP of the office, by title. */
  async latestRows(): Promise<VersionRow[]> {
    const rows = await this.db
      .selectFrom('sop_versions as v')
      .selectAll('v')
      .where(({ eb, selectFrom }) =>
        eb('v.version', '=', selectFrom('sop_versions as w').select((w) => w.fn.max('w.version').as('m')).whereRef('w.code', '=', 'v.code')),
      )
      .orderBy('v.title')
      .execute();
    return rows;
  }

  history(code: string): Promise<VersionRow[]> {
    return this.db.selectFrom('sop_versions').selectAll().where('code', '=', code).orderBy('version', 'desc').execute();
  }

  async withDefinition(row: VersionRow, db: Db = this.db): Promise<SopVersion> {
    const latest = await this.latestRow(row.code, db);
    return { ...toVersionSummary(row), definition: JSON.parse(row.definition_json) as SopDefinition, isLatest: latest?.id === row.id };
  }

  /** Appends the next version of the SOP's code (1 for a new code) and returns its row. */
  async append(trx: Transaction<Database>, input: NewSopVersion): Promise<VersionRow> {
    const latest = await this.latestRow(input.definition.code, trx);
    const row = {
      code: input.definition.code,
      version: (latest?.version ?? 0) + 1,
      title: input.definition.title,
      definition_json: JSON.stringify(input.definition),
      content_hash: sopContentHash(input.definition),
      origin: input.origin,
      preset_id: input.presetId,
      change_note: input.changeNote,
      created_by: input.createdBy,
      created_at: input.createdAt,
    };
    const { id } = await trx.insertInto('sop_versions').values(row).returning('id').executeTakeFirstOrThrow();
    return { id, ...row };
  }

  async assignment(db: Db = this.db): Promise<SopAssignment> {
    const rows = await db.selectFrom('sop_assignments').selectAll().orderBy('scope').execute();
    const out: SopAssignment = { defaultCode: null, channels: {} };
    for (const row of rows) {
      if (row.scope === DEFAULT_SCOPE) out.defaultCode = row.sop_code;
      else if (row.scope.startsWith(CHANNEL_PREFIX)) out.channels[row.scope.slice(CHANNEL_PREFIX.length) as Channel] = row.sop_code;
    }
    return out;
  }

  /** Replaces the whole assignment with `next`. */
  async replaceAssignment(trx: Transaction<Database>, next: SopAssignment, by: string, at: string): Promise<void> {
    await trx.deleteFrom('sop_assignments').execute();
    const rows = [
      ...(next.defaultCode ? [{ scope: DEFAULT_SCOPE, sop_code: next.defaultCode }] : []),
      ...Object.entries(next.channels).map(([channel, code]) => ({ scope: `${CHANNEL_PREFIX}${channel}`, sop_code: code })),
    ];
    if (rows.length > 0) await trx.insertInto('sop_assignments').values(rows.map((r) => ({ ...r, updated_by: by, updated_at: at }))).execute();
  }
}
