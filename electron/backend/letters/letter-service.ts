import type { Kysely, Transaction } from 'kysely';
import type { LetterContent, LetterDetail, LetterKind, LetterVersion } from '../../../shared/letters/letter-records';
import { LETTER_KIND_LABELS } from '../../../shared/letters/letter-records';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import { COMPLAINT_ENTITY } from '../complaints/complaint-history';
import { AppError, notFound } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import type { OrganisationService } from '../organisation/organisation-service';
import type { SettingsService } from '../settings/settings-service';
import type { SopService } from '../sop/sop-service';
import type { WorkflowService } from '../workflow/workflow-service';
import { contentHash, parseContent } from './letter-content';
import { firstDraft } from './letter-drafting';
import type { StoredRouteStop } from './letter-route';
import { freeRoute, routeForComplaint } from './letter-route-source';
import type { LetterSettings } from './letter-settings';
import { allowedActions, buildLetterDetail, holds, routeOf, type LetterRow } from './letter-view';

export const LETTER_ENTITY = 'letter';

/** Autosaves by the same person within this many minutes make one audit entry, not one per pause in typing. */
const AUTOSAVE_AUDIT_MINUTES = 10;

export type Db = Kysely<Database> | Transaction<Database>;

export const SIGNED_REFUSAL = 'Surat sudah ditandatangani; isinya tidak dapat diubah lagi. Batalkan dan buat konsep baru bila perlu perubahan.';

/**
 * A letter's record and its drafting: created from a complaint with its route snapshotted
 * from the SOP, the working draft saved as the drafter types (never over someone else's
 * newer save), versions kept for every save that matters. The route actions live in
 * letter-flow.ts; every change is a `letter_actions` row and an audit entry.
 */
export class LetterService {
  constructor(
    readonly db: Kysely<Database>,
    readonly office: SettingsService,
    readonly organisation: OrganisationService,
    private readonly runs: WorkflowService,
    private readonly sops: SopService,
    readonly settings: LetterSettings,
  ) {}

  async today(ctx: CallContext): Promise<string> {
    return officeDayOf(ctx.clock.now(), (await this.office.office()).timeZone);
  }

  async row(id: number, db: Db = this.db): Promise<LetterRow> {
    const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Surat');
    return row;
  }

  async detail(id: number, ctx: CallContext): Promise<LetterDetail> {
    return buildLetterDetail(this.db, this.organisation, await this.row(id), signedInUser(ctx), await this.today(ctx));
  }

  /** Refuses what the user may not do now, with the reason a clerk understands. */
  requireAllowed(row: LetterRow, ctx: CallContext, action: keyof ReturnType<typeof allowedActions>, refusal: string): void {
    if (allowedActions(row, signedInUser(ctx))[action]) return;
    if (row.state === 'ditandatangani' || row.state === 'terkirim') throw new AppError('CONFLICT', SIGNED_REFUSAL);
    if (row.state === 'dibatalkan') throw new AppError('CONFLICT', 'Surat ini sudah dibatalkan.');
    throw new AppError('FORBIDDEN', refusal);
  }

  /**
   * Takes the letter for one change: refused when someone changed it since `row` was read
   * (two desks, a double click). Transactions start with BEGIN IMMEDIATE, so the check and
   * the change cannot interleave with another writer's.
   */
  async claim(trx: Transaction<Database>, row: LetterRow, ctx: CallContext): Promise<void> {
    const result = await trx
      .updateTable('letters')
      .set({ revision: row.revision + 1, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', row.id)
      .where('revision', '=', row.revision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'Surat ini baru saja diubah oleh orang lain; muat ulang lalu ulangi.');
  }

  /** Records one action on the letter: its row (round, stop, version) and its audit entry. */
  async act(
    trx: Db,
    row: Pick<LetterRow, 'id' | 'round'>,
    stop: StoredRouteStop | null,
    action: string,
    version: number | null,
    ctx: CallContext,
    note: string,
  ): Promise<void> {
    const at = ctx.clock.now();
    const actor = actingName(ctx, stop);
    await trx
      .insertInto('letter_actions')
      .values({ letter_id: row.id, round: row.round, stop_order: stop?.order ?? null, action, version, position_id: stop?.positionId ?? null, user_id: ctx.user?.id ?? null, actor, note, at: at.toISOString() })
      .execute();
    await recordAudit(trx, { entityType: LETTER_ENTITY, entityId: row.id, action, actor, at, reason: note || null });
  }

  // ---- creating ---------------------------------------------------------------------

  async create(input: { complaintId: number; kind: LetterKind }, ctx: CallContext): Promise<LetterDetail> {
    const user = signedInUser(ctx);
    const label = LETTER_KIND_LABELS[input.kind];
    const complaint = await this.db.selectFrom('complaints').selectAll().where('id', '=', input.complaintId).executeTakeFirst();
    if (!complaint) throw notFound('Pengaduan');
    const { route, fromSop, definition, mapping, sopCode } = await routeForComplaint({ db: this.db, runs: this.runs, sops: this.sops }, complaint, input.kind, user);
    const drafter = route[0];
    if (!drafter || drafter.positionId === null)
      throw new AppError('CONFLICT', fromSop ? `Penyusun ${label.toLowerCase()} (${drafter?.actorLabel ?? 'SOP'}) belum dipetakan ke jabatan; atur pemetaan pelaksana SOP.` : 'Akun Anda belum terhubung ke jabatan; minta administrator menautkannya.');
    if (!holds(user, drafter.positionId)) throw new AppError('FORBIDDEN', `Konsep ${label.toLowerCase()} disusun oleh ${drafter.actorLabel}.`);
    const office = await this.office.office();
    const documents = await this.office.documents();
    const { content, revealedIdentity } = await firstDraft(this.db, input.kind, complaint, route, { office, font: documents.font, definition, mapping, user });
    const now = ctx.clock.now();
    const at = now.toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('letters')
        .values({
          complaint_id: complaint.id, kind: input.kind, state: 'konsep', content_json: JSON.stringify(content), saved_at: at, saved_by: ctx.actor,
          current_stop: null, with_position_id: drafter.positionId, drafter_position_id: drafter.positionId, return_notes: null,
          route_json: JSON.stringify(route), route_from_sop: fromSop ? 1 : 0, sop_code: sopCode, number: null, letter_date: null, signed_at: null,
          signed_by: null, signed_version: null, signer_json: null, content_hash: null, verification_code: null, cancel_reason: null,
          created_by: ctx.actor, created_at: at, updated_at: at,
        })
        .returning(['id', 'round'])
        .executeTakeFirstOrThrow();
      await this.act(trx, inserted, null, 'dibuat', null, ctx, `${label} untuk pengaduan ${complaint.register_number}`);
      await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: complaint.id, action: 'surat_dibuat', actor: ctx.actor, at: now, reason: `${label} #${inserted.id}` });
      // A confidential identity written into the reply's address is a reveal, and is recorded as one.
      if (revealedIdentity)
        await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: complaint.id, action: 'identitas_dibuka', actor: ctx.actor, at: now, reason: `Alamat ${label.toLowerCase()} #${inserted.id}` });
      return inserted.id;
    });
    return this.detail(id, ctx);
  }

  // ---- editing and versions -----------------------------------------------------------

  async saveDraft(input: { id: number; content: LetterContent; savedAt?: string | undefined }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.row(input.id);
    this.requireAllowed(row, ctx, 'edit', 'Konsep ini sedang tidak berada pada Anda.');
    if (input.savedAt && input.savedAt !== row.saved_at && row.saved_by !== ctx.actor)
      throw new AppError('CONFLICT', `Konsep ini baru saja disimpan oleh ${row.saved_by}. Muat ulang untuk melihat perubahannya; isian Anda tetap ada di layar.`);
    const now = ctx.clock.now();
    // Without SOP letter steps the signer is whoever the drafter picks; the route follows his choice.
    const route = row.route_from_sop === 0 && row.state !== 'paraf' ? freeRoute(row.drafter_position_id, input.content.signing.signerPositionId) : null;
    await this.db.transaction().execute(async (trx) => {
      await this.claim(trx, row, ctx);
      await trx
        .updateTable('letters')
        .set({ content_json: JSON.stringify(input.content), saved_at: now.toISOString(), saved_by: ctx.actor, ...(route ? { route_json: JSON.stringify(route) } : {}) })
        .where('id', '=', row.id)
        .execute();
      const since = new Date(now.getTime() - AUTOSAVE_AUDIT_MINUTES * 60_000).toISOString();
      const recent = await trx
        .selectFrom('audit_log')
        .select('id')
        .where('entity_type', '=', LETTER_ENTITY)
        .where('entity_id', '=', row.id)
        .where('action', '=', 'konsep_disimpan')
        .where('actor', '=', ctx.actor)
        .where('at', '>=', since)
        .executeTakeFirst();
      if (!recent) await recordAudit(trx, { entityType: LETTER_ENTITY, entityId: row.id, action: 'konsep_disimpan', actor: ctx.actor, at: now, reason: `Hal: ${input.content.header.subject}` });
    });
    return this.detail(row.id, ctx);
  }

  /**
   * Stores the working content as a new version, unless it equals the latest one (then that
   * version stands). The signed version is always new, and carries the signed hash.
   */
  async newVersion(
    trx: Transaction<Database>,
    row: LetterRow,
    reason: LetterVersion['reason'],
    note: string,
    ctx: CallContext,
    options: { content?: LetterContent; hash?: string } = {},
  ): Promise<number> {
    const content = options.content ?? parseContent(row.content_json);
    const hash = options.hash ?? contentHash(content);
    const latest = await trx.selectFrom('letter_versions').select(['version', 'content_json']).where('letter_id', '=', row.id).orderBy('version', 'desc').executeTakeFirst();
    if (latest && reason !== 'tanda-tangan' && contentHash(parseContent(latest.content_json)) === contentHash(content)) return latest.version;
    const version = (latest?.version ?? 0) + 1;
    const at = ctx.clock.now().toISOString();
    await trx.insertInto('letter_versions').values({ letter_id: row.id, version, reason, note, content_json: JSON.stringify(content), content_hash: hash, created_by: ctx.actor, created_at: at }).execute();
    await trx.updateTable('letters').set({ current_version: version }).where('id', '=', row.id).execute();
    await this.act(trx, row, null, 'versi', version, ctx, note || `Versi ${version}`);
    return version;
  }

  async saveVersion(input: { id: number; note: string }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.row(input.id);
    this.requireAllowed(row, ctx, 'edit', 'Konsep ini sedang tidak berada pada Anda.');
    const latest = await this.db.selectFrom('letter_versions').select('content_json').where('letter_id', '=', row.id).orderBy('version', 'desc').executeTakeFirst();
    if (latest && contentHash(parseContent(latest.content_json)) === contentHash(parseContent(row.content_json)))
      throw new AppError('CONFLICT', `Tidak ada perubahan sejak versi ${row.current_version}.`);
    await this.db.transaction().execute(async (trx) => {
      await this.claim(trx, row, ctx);
      await this.newVersion(trx, row, 'simpan', input.note, ctx);
    });
    return this.detail(row.id, ctx);
  }

  async version(input: { id: number; version: number }): Promise<LetterVersion> {
    const v = await this.db.selectFrom('letter_versions').selectAll().where('letter_id', '=', input.id).where('version', '=', input.version).executeTakeFirst();
    if (!v) throw notFound('Versi surat');
    return {
      letterId: v.letter_id, version: v.version, reason: v.reason as LetterVersion['reason'], note: v.note,
      createdBy: v.created_by, createdAt: v.created_at, contentHash: v.content_hash, content: parseContent(v.content_json),
    };
  }

  signerStop(row: LetterRow): StoredRouteStop | null {
    return routeOf(row).at(-1) ?? null;
  }
}

/** The name an action is recorded under: an administrator acting at a stop he does not hold says so. */
export function actingName(ctx: CallContext, stop: StoredRouteStop | null): string {
  const user = ctx.user;
  if (!user?.isAdmin || !stop || stop.positionId === null || user.positionIds.includes(stop.positionId)) return ctx.actor;
  return `${ctx.actor} (dicatat administrator untuk ${stop.actorLabel})`.slice(0, 200);
}
