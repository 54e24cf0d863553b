import type { Kysely } from 'kysely';
import type { Channel } from '../../../shared/complaints/complaint-enums';
import type { FileDownload } from '../../../shared/contract/file-download';
import { summariseSopProblems } from '../../../shared/sop/sop-check';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { diffSopDefinitions } from '../../../shared/sop/sop-diff';
import { findSopPreset, SOP_PRESETS } from '../../../shared/sop/presets';
import type { SopAssignment, SopListing, SopVersion, SopVersionSummary } from '../../../shared/sop/sop-records';
import { validateSopDefinition } from '../../../shared/sop/sop-validation';
import type { Database } from '../../db/database-schema';
import { recordAudit, type FieldChanges } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { readSopFile, writeSopFile } from './sop-file';
import { sopContentHash, toVersionSummary, type NewSopVersion, type SopRepository } from './sop-repository';

const ENTITY_VERSION = 'sop_version';
/** The assignment is one record of the office; the audit log still wants an id. */
const ENTITY_ASSIGNMENT = 'sop_assignment';

/**
 * The office's SOPs: presets installed, edits and imports saved as new versions (an old
 * version is never changed: complaints running under it keep it), export, and which SOP
 * the office uses by default and per channel. Every change is in the audit log.
 */
export class SopService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: SopRepository,
  ) {}

  async listing(): Promise<SopListing> {
    const latest = await this.repo.latestRows();
    const byCode = new Map(latest.map((r) => [r.code, r]));
    return {
      sops: latest.map((r) => ({
        code: r.code,
        title: r.title,
        latestVersionId: r.id,
        latestVersion: r.version,
        stepCount: (JSON.parse(r.definition_json) as SopDefinition).steps.length,
        updatedAt: r.created_at,
        updatedBy: r.created_by,
      })),
      presets: SOP_PRESETS.map((p) => ({
        id: p.id,
        code: p.definition.code,
        title: p.definition.title,
        summary: p.summary,
        stepCount: p.definition.steps.length,
        installedVersionId: byCode.get(p.definition.code)?.id ?? null,
      })),
      assignment: await this.repo.assignment(),
    };
  }

  async get(versionId: number): Promise<SopVersion> {
    const row = await this.repo.versionRow(versionId);
    if (!row) throw notFound('Versi SOP');
    return this.repo.withDefinition(row);
  }

  async history(code: string): Promise<SopVersionSummary[]> {
    return (await this.repo.history(code)).map(toVersionSummary);
  }

  /**
   * The SOP a new complaint from `channel` runs under: the latest version of the SOP
   * assigned to the channel, else of the default; null when the office has none yet.
   * (The engine's entry point; it stores the returned version's id with the complaint.)
   */
  async forChannel(channel: Channel): Promise<SopVersion | null> {
    const assignment = await this.repo.assignment();
    const code = assignment.channels[channel] ?? assignment.defaultCode;
    const row = code ? await this.repo.latestRow(code) : undefined;
    return row ? this.repo.withDefinition(row) : null;
  }

  /**
   * Installs a seed SOP as version 1 of the office's SOP with its code. The first SOP
   * installed becomes the default, and a preset written for a channel (SP4N-LAPOR!, social
   * media and SMS) takes that channel when nothing else has it.
   */
  async installPreset(presetId: string, ctx: CallContext): Promise<SopVersion> {
    const preset = findSopPreset(presetId);
    if (!preset) throw notFound('Contoh SOP');
    const existing = await this.repo.latestRow(preset.definition.code);
    if (existing) {
      throw new AppError('CONFLICT', `SOP "${preset.definition.title}" sudah terpasang (versi ${existing.version}).`);
    }
    return this.db.transaction().execute(async (trx) => {
      const at = ctx.clock.now();
      const row = await this.append(trx, { definition: preset.definition, origin: 'preset', presetId, changeNote: `Dipasang dari contoh SOP ${presetId}` }, ctx);
      const before = await this.repo.assignment(trx);
      const next: SopAssignment = { defaultCode: before.defaultCode ?? preset.definition.code, channels: { ...before.channels } };
      for (const channel of preset.suggestedChannels) next.channels[channel] ??= preset.definition.code;
      await this.writeAssignment(trx, before, next, ctx, at);
      return this.repo.withDefinition(row, trx);
    });
  }

  /** A change from the editor: a new version on top of `baseVersionId`, which must still be the latest. */
  async save(input: { baseVersionId: number; definition: SopDefinition; changeNote: string }, ctx: CallContext): Promise<SopVersion> {
    const problems = validateSopDefinition(input.definition);
    if (problems.length > 0) {
      const fields = Object.fromEntries(problems.map((p, i) => [p.path ? `definition.${p.path}` : `definition.${i}`, p.message]));
      throw new AppError('VALIDATION', summariseSopProblems(problems), fields);
    }
    return this.db.transaction().execute(async (trx) => {
      const base = await this.repo.versionRow(input.baseVersionId, trx);
      if (!base) throw notFound('Versi SOP');
      if (input.definition.code !== base.code) {
        throw new AppError('VALIDATION', 'Kode SOP tidak dapat diubah; untuk SOP lain, ekspor lalu impor dengan kode baru.', { 'definition.code': 'Kode SOP tidak dapat diubah.' });
      }
      const latest = await this.repo.latestRow(base.code, trx);
      if (latest && latest.id !== base.id) {
        throw new AppError('CONFLICT', `SOP ini sudah diubah oleh ${latest.created_by} (versi ${latest.version}); buka versi terbaru lalu ulangi perubahan.`);
      }
      if (sopContentHash(input.definition) === base.content_hash) {
        throw new AppError('CONFLICT', `Tidak ada perubahan; versi ${base.version} tetap berlaku.`);
      }
      const before = JSON.parse(base.definition_json) as SopDefinition;
      const row = await this.append(trx, { definition: input.definition, origin: 'edit', presetId: base.preset_id, changeNote: input.changeNote }, ctx, diffSopDefinitions(before, input.definition));
      return this.repo.withDefinition(row, trx);
    });
  }

  /**
   * An SOP file: a new SOP (version 1) or, when the office has one with its code, its next
   * version. Nothing is written unless the whole file is valid; a file identical to the
   * latest version adds nothing.
   */
  async importFile(input: { fileName: string; text: string; changeNote: string }, ctx: CallContext): Promise<SopVersion> {
    const definition = readSopFile(input.text);
    return this.db.transaction().execute(async (trx) => {
      const latest = await this.repo.latestRow(definition.code, trx);
      if (latest && latest.content_hash === sopContentHash(definition)) {
        throw new AppError('CONFLICT', `Isi berkas sama dengan versi ${latest.version} SOP "${latest.title}"; tidak ada yang diimpor.`);
      }
      const note = input.changeNote || `Diimpor dari ${input.fileName || 'berkas'}`;
      const changes = latest ? diffSopDefinitions(JSON.parse(latest.definition_json) as SopDefinition, definition) : undefined;
      const row = await this.append(trx, { definition, origin: 'import', presetId: latest?.preset_id ?? null, changeNote: note }, ctx, changes);
      return this.repo.withDefinition(row, trx);
    });
  }

  async exportFile(versionId: number, ctx: CallContext): Promise<FileDownload> {
    const version = await this.get(versionId);
    const text = writeSopFile(version, ctx.clock.now());
    return {
      fileName: `sop_${version.code}_v${version.version}.json`,
      mimeType: 'application/json',
      base64: Buffer.from(text, 'utf8').toString('base64'),
    };
  }

  async setAssignment(next: SopAssignment, ctx: CallContext): Promise<SopAssignment> {
    const codes = [next.defaultCode, ...Object.values(next.channels)].filter((c): c is string => typeof c === 'string');
    for (const code of new Set(codes)) {
      if (!(await this.repo.latestRow(code))) throw new AppError('VALIDATION', `SOP dengan kode "${code}" belum ada di kantor ini.`);
    }
    await this.db.transaction().execute(async (trx) => {
      await this.writeAssignment(trx, await this.repo.assignment(trx), next, ctx, ctx.clock.now());
    });
    return this.repo.assignment();
  }

  private async append(
    trx: Parameters<SopRepository['append']>[0],
    input: Omit<NewSopVersion, 'createdBy' | 'createdAt'>,
    ctx: CallContext,
    changes?: FieldChanges,
  ) {
    const at = ctx.clock.now();
    const row = await this.repo.append(trx, { ...input, createdBy: ctx.actor, createdAt: at.toISOString() });
    await recordAudit(trx, {
      entityType: ENTITY_VERSION, entityId: row.id, action: row.version === 1 ? 'dibuat' : 'versi baru', actor: ctx.actor, at,
      changes: { sop: [null, `${row.code} versi ${row.version}`], asal: [null, row.origin], ...changes },
      reason: input.changeNote,
    });
    return row;
  }

  private async writeAssignment(
    trx: Parameters<SopRepository['append']>[0],
    before: SopAssignment,
    next: SopAssignment,
    ctx: CallContext,
    at: Date,
  ): Promise<void> {
    const flat = (a: SopAssignment): Record<string, string | null> => ({
      default: a.defaultCode,
      ...Object.fromEntries(Object.entries(a.channels).map(([ch, code]) => [`kanal ${ch}`, code])),
    });
    const a = flat(before);
    const b = flat(next);
    const changes: FieldChanges = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if ((a[key] ?? null) !== (b[key] ?? null)) changes[key] = [a[key] ?? null, b[key] ?? null];
    }
    if (Object.keys(changes).length === 0) return;
    await this.repo.replaceAssignment(trx, next, ctx.actor, at.toISOString());
    await recordAudit(trx, { entityType: ENTITY_ASSIGNMENT, entityId: 0, action: 'diubah', actor: ctx.actor, at, changes });
  }
}
