import type { Kysely } from 'kysely';
import type { IssuedNumber, LetterKind, LetterListPage, LetterState, LetterVerification } from '../../../shared/letters/letter-records';
import type { LetterListBox } from '../../../shared/letters/letter-schemas';
import type { Database } from '../../db/database-schema';
import { signedInUser, type CallContext } from '../core/call-context';
import { parseContent, signedHash } from './letter-content';

/** Reading letters: the user's lists, the verification of a code, the year's issued numbers. */
export class LetterQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async list(input: { box: LetterListBox; complaintId?: number | undefined; query: string; offset: number; limit: number }, ctx: CallContext): Promise<LetterListPage> {
    const user = signedInUser(ctx);
    let q = this.db.selectFrom('letters').innerJoin('complaints', 'complaints.id', 'letters.complaint_id');
    if (input.complaintId) q = q.where('letters.complaint_id', '=', input.complaintId);
    if (input.box === 'tindakan') q = user.positionIds.length ? q.where('letters.with_position_id', 'in', user.positionIds) : q.where(({ lit }) => lit(false));
    if (input.box === 'konsep') q = q.where('letters.state', 'in', ['konsep', 'dikembalikan']);
    if (input.box === 'proses') q = q.where('letters.state', '=', 'paraf');
    if (input.box === 'selesai') q = q.where('letters.state', 'in', ['ditandatangani', 'terkirim', 'dibatalkan']);
    if (input.query) {
      const like = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where(({ or, eb }) =>
        or([
          eb(eb.fn('json_extract', ['letters.content_json', eb.val('$.header.subject')]), 'like', like),
          eb('letters.number', 'like', like),
          eb('complaints.register_number', 'like', like),
        ]),
      );
    }
    const total = Number((await q.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await q.selectAll('letters').select('complaints.register_number').orderBy('letters.updated_at', 'desc').orderBy('letters.id', 'desc').limit(input.limit).offset(input.offset).execute();
    const ids = [...new Set(rows.map((r) => r.with_position_id).filter((id): id is number => id !== null))];
    const titles = new Map(ids.length ? (await this.db.selectFrom('positions').select(['id', 'title']).where('id', 'in', ids).execute()).map((p) => [p.id, p.title]) : []);
    return {
      total,
      rows: rows.map((r) => {
        const withDrafter = r.state === 'konsep' || r.state === 'dikembalikan';
        const title = r.with_position_id ? (titles.get(r.with_position_id) ?? '—') : '—';
        return {
          id: r.id,
          kind: r.kind,
          state: r.state as LetterState,
          subject: parseContent(r.content_json).header.subject,
          complaintId: r.complaint_id,
          complaintRegisterNumber: r.register_number,
          number: r.number,
          withWhom: withDrafter && title !== '—' ? `${title} (penyusun)` : title,
          updatedAt: r.updated_at,
          needsMyAction: r.with_position_id !== null && user.positionIds.includes(r.with_position_id),
        };
      }),
    };
  }

  /**
   * What a scanned QR or a typed code says about a letter: registered or not, its number,
   * date, signer and signed version, whether it still stands, and whether the signed
   * version still gives the hash stored at signing (a changed record would not).
   */
  async verify(code: string): Promise<LetterVerification> {
    const row = await this.db.selectFrom('letters').selectAll().where('verification_code', '=', code).executeTakeFirst();
    if (!row?.number || !row.letter_date || row.signed_version === null) return { code, registered: false };
    const signed = await this.db.selectFrom('letter_versions').select('content_json').where('letter_id', '=', row.id).where('version', '=', row.signed_version).executeTakeFirst();
    const intact = signed ? signedHash(parseContent(signed.content_json), row.number, row.letter_date) === row.content_hash : false;
    const signer = JSON.parse(row.signer_json ?? '{}') as { name?: string; jabatan?: string; mode?: string };
    const acting = signer.mode === 'plt' ? 'Plt. ' : signer.mode === 'plh' ? 'Plh. ' : '';
    return {
      code,
      registered: true,
      kind: row.kind,
      number: row.number,
      letterDate: row.letter_date,
      subject: parseContent(row.content_json).header.subject,
      signerName: signer.name ?? '',
      signerJabatan: `${acting}${signer.jabatan ?? ''}`,
      signedAt: row.signed_at ?? '',
      signedVersion: row.signed_version,
      contentHash: row.content_hash ?? '',
      intact,
      status: row.state === 'dibatalkan' ? 'dibatalkan' : 'berlaku',
      ...(row.cancel_reason ? { cancelReason: row.cancel_reason } : {}),
      letterId: row.id,
      complaintId: row.complaint_id,
    };
  }

  async issuedNumbers(year: number): Promise<IssuedNumber[]> {
    const rows = await this.db.selectFrom('letter_numbers').selectAll().where('year', '=', year).orderBy('kind').orderBy('sequence').execute();
    return rows.map((r) => ({
      kind: r.kind as LetterKind,
      year: r.year,
      sequence: r.sequence,
      number: r.number,
      letterId: r.letter_id,
      issuedAt: r.issued_at,
      status: r.status,
      cancelledAt: r.cancelled_at,
      cancelReason: r.cancel_reason,
    }));
  }
}
