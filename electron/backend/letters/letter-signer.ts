import type { Kysely } from 'kysely';
import type { LetterSigning } from '../../../shared/letters/letter-records';
import type { Database } from '../../db/database-schema';
import type { LetterSigner } from '../../documents/letter-signature';
import type { OrganisationService } from '../organisation/organisation-service';

/**
 * The signature block from who signs for whom: the signer's position (the route's signing
 * stop — whoever the draft named, the official who signs is the one printed) and its holder
 * on the signing day (name, pangkat, NIP); a Plt./Plh. holder signs as such even when the
 * draft said "langsung"; a.n. and u.b. name the head (the position chosen, or the signer's
 * superior and the superior's superior).
 */
export async function deriveSigner(
  db: Kysely<Database>,
  organisation: OrganisationService,
  signing: LetterSigning,
  positionId: number | null,
  day: string,
): Promise<LetterSigner & { positionId: number | null; unitId: number | null }> {
  const position = positionId ? await db.selectFrom('positions').select(['id', 'title', 'superior_id', 'unit_id']).where('id', '=', positionId).executeTakeFirst() : undefined;
  const title = async (id: number | null | undefined) =>
    id ? ((await db.selectFrom('positions').select(['title', 'superior_id']).where('id', '=', id).executeTakeFirst()) ?? null) : null;
  const holder = position ? await organisation.holderOn(position.id, day) : null;

  let mode = signing.mode;
  if (mode === 'langsung' && holder && holder.kind !== 'definitif') mode = holder.kind;
  const superior = await title(position?.superior_id);
  const head = signing.onBehalfOfPositionId ? await title(signing.onBehalfOfPositionId) : mode === 'ub' ? await title(superior?.superior_id) : superior;
  const intermediate = signing.intermediatePositionId ? await title(signing.intermediatePositionId) : superior;
  return {
    mode,
    jabatan: position?.title ?? 'Penanda tangan belum dipilih',
    ...(mode === 'an' || mode === 'ub' ? { onBehalfOf: head?.title ?? 'Pimpinan' } : {}),
    ...(mode === 'ub' ? { intermediate: intermediate?.title ?? '' } : {}),
    // No holder recorded: a line to write the name on, as the paper form would have.
    name: holder?.name || '(..........................................)',
    rank: holder?.rank ?? '',
    nip: holder?.nip ?? '',
    positionId: position?.id ?? null,
    unitId: position?.unit_id ?? null,
  };
}
