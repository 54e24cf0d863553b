import type { DeliveryMethod, LetterDetail } from '../../../shared/letters/letter-records';
import { DELIVERY_METHOD_LABELS } from '../../../shared/letters/letter-records';
import { formatRegisterNumber } from '../../../shared/numbering/register-number';
import { officeClock, officeDayOf } from '../../../shared/time/indonesian-dates';
import { AppError } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import { nextNumber } from '../numbering/number-sequence';
import { canonicalJson, newVerificationCode, parseContent, signedHash } from './letter-content';
import type { StoredRouteStop } from './letter-route';
import type { LetterService } from './letter-service';
import { deriveSigner } from './letter-signer';
import { allowedActions, currentStop, holds, routeOf, type LetterRow } from './letter-view';
import type { LetterMove, LetterWorkflowBridge } from './letter-workflow-bridge';

/**
 * A letter's way up and out: the drafter submits, each official on the route initials or
 * returns it with notes, the signer signs — number, letter date, frozen version with its
 * hash and the verification code in one transaction — and the delivery is recorded. Each
 * action moves the complaint's SOP run with it (letter-workflow-bridge.ts).
 */
export class LetterFlow {
  constructor(
    private readonly letters: LetterService,
    private readonly bridge: LetterWorkflowBridge,
  ) {}

  private async follow(row: LetterRow, move: LetterMove, stop: StoredRouteStop | null, ctx: CallContext) {
    const user = signedInUser(ctx);
    // An administrator recording for an official moves the run as the administrator, which the run records so.
    const asAdministrator = user.isAdmin && stop !== null && stop.positionId !== null && !user.positionIds.includes(stop.positionId);
    await this.bridge.follow(row, move, ctx, { asAdministrator, actingPositionId: stop?.positionId ?? null });
  }

  /** Refuses an action on a version other than the one the official read. */
  private checkVersion(row: LetterRow, version: number) {
    if (version !== row.current_version)
      throw new AppError('CONFLICT', `Konsep sudah berubah menjadi versi ${row.current_version}; baca versi terbaru sebelum melanjutkan.`);
  }

  async submit(input: { id: number; note: string }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.letters.row(input.id);
    this.letters.requireAllowed(row, ctx, 'submit', 'Hanya penyusun yang dapat mengajukan konsep ini.');
    const route = routeOf(row);
    const drafter = route[0] ?? null;
    const next = route.find((s) => s.order === 2) ?? null;
    if (route.length > 1 && next?.positionId == null) throw new AppError('CONFLICT', 'Jabatan berikutnya pada alur paraf belum dipetakan; atur pemetaan pelaksana SOP.');
    // A return starts a new round: the draft goes up again from the first paraf.
    const round = row.state === 'dikembalikan' ? row.round + 1 : row.round;
    // A drafter who signs himself (route of one) goes straight to his own signature.
    const target = next ?? drafter;
    await this.letters.db.transaction().execute(async (trx) => {
      await this.letters.claim(trx, row, ctx);
      const version = await this.letters.newVersion(trx, { ...row, round }, 'ajukan', input.note, ctx);
      // The drafter's own paraf — unless he also signs (DOMAIN.md: he does not initial his own letter then).
      if (next && drafter) await this.letters.act(trx, { id: row.id, round }, drafter, 'ajukan', version, ctx, input.note);
      await trx
        .updateTable('letters')
        .set({ state: 'paraf', round, current_stop: target?.order ?? null, with_position_id: target?.positionId ?? null, return_notes: null })
        .where('id', '=', row.id)
        .execute();
    });
    await this.follow(row, { kind: 'ajukan', actorKey: drafter?.actorKey ?? '', signerActorKey: route.at(-1)?.actorKey ?? '' }, drafter, ctx);
    return this.letters.detail(row.id, ctx);
  }

  async paraf(input: { id: number; version: number; note: string }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.letters.row(input.id);
    this.letters.requireAllowed(row, ctx, 'paraf', 'Paraf ini bukan giliran Anda: surat sedang menunggu pejabat lain pada alur paraf.');
    this.checkVersion(row, input.version);
    const stop = currentStop(row);
    const next = stop ? routeOf(row).find((s) => s.order === stop.order + 1) : undefined;
    if (!stop || !next) throw new AppError('CONFLICT', 'Alur paraf surat ini tidak lengkap.');
    await this.letters.db.transaction().execute(async (trx) => {
      await this.letters.claim(trx, row, ctx);
      // A correction made while the draft was with this official becomes a version of its own.
      const version = await this.letters.newVersion(trx, row, 'perbaikan', `Diperbaiki oleh ${ctx.actor} (${stop.actorLabel})`, ctx);
      await this.letters.act(trx, row, stop, 'paraf', version, ctx, input.note);
      await trx.updateTable('letters').set({ current_stop: next.order, with_position_id: next.positionId }).where('id', '=', row.id).execute();
    });
    await this.follow(row, { kind: 'paraf', actorKey: stop.actorKey, signerActorKey: routeOf(row).at(-1)?.actorKey ?? '' }, stop, ctx);
    return this.letters.detail(row.id, ctx);
  }

  async returnToDrafter(input: { id: number; version: number; notes: string }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.letters.row(input.id);
    this.letters.requireAllowed(row, ctx, 'returnToDrafter', 'Surat ini sedang tidak berada pada Anda.');
    this.checkVersion(row, input.version);
    const stop = currentStop(row);
    await this.letters.db.transaction().execute(async (trx) => {
      await this.letters.claim(trx, row, ctx);
      // The official's own corrections are kept as a version, so the drafter sees what he changed.
      const version = await this.letters.newVersion(trx, row, 'perbaikan', `Diperbaiki oleh ${ctx.actor} sebelum dikembalikan`, ctx);
      await this.letters.act(trx, row, stop, 'kembali', version, ctx, input.notes);
      await trx
        .updateTable('letters')
        .set({ state: 'dikembalikan', current_stop: null, with_position_id: row.drafter_position_id, return_notes: input.notes })
        .where('id', '=', row.id)
        .execute();
    });
    await this.follow(row, { kind: 'kembali', actorKey: stop?.actorKey ?? '', notes: input.notes }, stop, ctx);
    return this.letters.detail(row.id, ctx);
  }

  async sign(input: { id: number; version: number }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.letters.row(input.id);
    const route = routeOf(row);
    const stop = currentStop(row);
    // The signer asking too early hears whose paraf is still missing.
    if (row.state === 'paraf' && stop && stop.role !== 'penanda-tangan' && route.length > 1 && holds(signedInUser(ctx), route.at(-1)?.positionId ?? null))
      throw new AppError('CONFLICT', `Surat belum dapat ditandatangani: masih menunggu paraf ${stop.actorLabel}.`);
    this.letters.requireAllowed(row, ctx, 'sign', 'Hanya penanda tangan yang dapat menandatangani surat ini, setelah semua paraf.');
    this.checkVersion(row, input.version);
    const done = await this.letters.db
      .selectFrom('letter_actions')
      .select('stop_order')
      .where('letter_id', '=', row.id)
      .where('round', '=', row.round)
      .where('action', 'in', ['ajukan', 'paraf'])
      .execute();
    const missing = route.length > 1 ? route.filter((s) => s.role !== 'penanda-tangan' && !done.some((d) => d.stop_order === s.order)) : [];
    if (missing.length > 0) throw new AppError('CONFLICT', `Surat belum dapat ditandatangani: belum diparaf ${missing.map((s) => s.actorLabel).join(', ')}.`);

    const office = await this.letters.office.office();
    const now = ctx.clock.now();
    const day = officeDayOf(now, office.timeZone);
    const { year, month } = officeClock(now, office.timeZone);
    const content = parseContent(row.content_json);
    // The block names the official who actually signs (the signer's stop), as he holds the post today.
    const signer = await deriveSigner(this.letters.db, this.letters.organisation, content.signing, stop?.positionId ?? content.signing.signerPositionId, day);
    const unitCode = signer.unitId ? ((await this.letters.db.selectFrom('units').select('code').where('id', '=', signer.unitId).executeTakeFirst())?.code ?? '') : '';
    await this.letters.db.transaction().execute(async (trx) => {
      await this.letters.claim(trx, row, ctx);
      const numbering = await this.letters.settings.numbering(trx);
      const sequence = await nextNumber(trx, `surat:${row.kind}`, year);
      const number = formatRegisterNumber(numbering.patterns[row.kind], { seq: sequence, unitCode, classificationCode: numbering.classification, year, month });
      const { positionId: _position, unitId: _unit, ...block } = signer;
      const hash = signedHash(content, number, day);
      const version = await this.letters.newVersion(trx, row, 'tanda-tangan', `Ditandatangani; nomor ${number}`, ctx, { content, hash });
      await trx
        .insertInto('letter_numbers')
        .values({ kind: row.kind, year, sequence, number, letter_id: row.id, issued_at: now.toISOString(), status: 'berlaku', cancelled_at: null, cancel_reason: null })
        .execute();
      await trx
        .updateTable('letters')
        .set({
          state: 'ditandatangani', number, letter_date: day, signed_at: now.toISOString(), signed_by: ctx.actor, signed_version: version,
          signer_json: canonicalJson(block), content_hash: hash, verification_code: newVerificationCode(), current_stop: null, with_position_id: null,
        })
        .where('id', '=', row.id)
        .execute();
      await this.letters.act(trx, row, stop, 'tanda-tangan', version, ctx, `Nomor ${number}`);
    });
    await this.follow(row, { kind: 'tanda-tangan', actorKey: stop?.actorKey ?? '' }, stop, ctx);
    return this.letters.detail(row.id, ctx);
  }

  async cancel(input: { id: number; reason: string }, ctx: CallContext): Promise<LetterDetail> {
    const row = await this.letters.row(input.id);
    this.letters.requireAllowed(row, ctx, 'cancel', 'Surat ini hanya dapat dibatalkan oleh penyusun, pejabat yang sedang memegangnya, atau penanda tangannya.');
    await this.letters.db.transaction().execute(async (trx) => {
      await this.letters.claim(trx, row, ctx);
      if (row.number) {
        // The number stays issued, marked cancelled: it is never given to another letter.
        await trx.updateTable('letter_numbers').set({ status: 'dibatalkan', cancelled_at: ctx.clock.now().toISOString(), cancel_reason: input.reason }).where('letter_id', '=', row.id).execute();
        await this.letters.act(trx, row, null, 'nomor-batal', row.signed_version, ctx, `Nomor ${row.number} dibatalkan: ${input.reason}`);
      }
      await trx.updateTable('letters').set({ state: 'dibatalkan', cancel_reason: input.reason, current_stop: null, with_position_id: null }).where('id', '=', row.id).execute();
      await this.letters.act(trx, row, null, 'batal', null, ctx, input.reason);
    });
    return this.letters.detail(row.id, ctx);
  }

  /** Refuses a delivery of a letter that is not (or no longer) a valid signed letter. */
  async requireDeliverable(id: number, ctx: CallContext): Promise<LetterRow> {
    const row = await this.letters.row(id);
    if (allowedActions(row, signedInUser(ctx)).deliver) return row;
    if (row.state === 'dibatalkan') throw new AppError('CONFLICT', 'Surat ini sudah dibatalkan; nomornya tidak berlaku dan surat tidak dapat disampaikan.');
    throw new AppError('CONFLICT', 'Hanya surat yang sudah ditandatangani yang dapat disampaikan.');
  }

  /** Records a delivery; the first moves the letter to 'terkirim' and the complaint's run on. */
  async recordDelivery(
    input: { id: number; method: DeliveryMethod; deliveredAt?: string | undefined; recipient: string; proof: string; note: string },
    ctx: CallContext,
  ): Promise<LetterDetail> {
    const row = await this.requireDeliverable(input.id, ctx);
    const now = ctx.clock.now().toISOString();
    if (input.deliveredAt && input.deliveredAt > now) throw new AppError('VALIDATION', 'Waktu penyampaian tidak boleh di masa depan.', { deliveredAt: 'Waktu penyampaian tidak boleh di masa depan.' });
    await this.letters.db.transaction().execute(async (trx) => {
      await this.letters.claim(trx, row, ctx);
      await trx
        .insertInto('letter_deliveries')
        .values({ letter_id: row.id, method: input.method, delivered_at: input.deliveredAt ?? now, recipient: input.recipient, proof: input.proof, note: input.note, recorded_by: ctx.actor, recorded_at: now })
        .execute();
      await trx.updateTable('letters').set({ state: 'terkirim' }).where('id', '=', row.id).execute();
      const proof = input.proof ? ` (${input.proof})` : '';
      await this.letters.act(trx, row, null, 'kirim', row.signed_version, ctx, `${DELIVERY_METHOD_LABELS[input.method]}: ${input.recipient}${proof}`);
    });
    if (row.state === 'ditandatangani') await this.follow(row, { kind: 'kirim', method: input.method }, null, ctx);
    return this.letters.detail(row.id, ctx);
  }
}
