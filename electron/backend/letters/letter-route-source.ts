import type { Kysely } from 'kysely';
import type { SessionUser } from '../../../shared/accounts/account';
import type { Channel } from '../../../shared/complaints/complaint-enums';
import type { LetterKind } from '../../../shared/letters/letter-records';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import type { Database } from '../../db/database-schema';
import type { SopService } from '../sop/sop-service';
import type { WorkflowService } from '../workflow/workflow-service';
import { pickPosition, routeActors, withRoles, type StoredRouteStop } from './letter-route';

export interface ComplaintRoute {
  route: StoredRouteStop[];
  /** False when the SOP has no step producing this kind: the drafter → the signer he chooses. */
  fromSop: boolean;
  definition: SopDefinition | null;
  mapping: Map<string, number[]>;
  sopCode: string | null;
}

/**
 * The route of a new letter: from the SOP version the complaint's run follows (a running
 * complaint keeps the version it started with), or the channel's SOP when it has no run.
 * An actor mapped to several positions (seed 003's Sekretariat/Bidang/UPT) resolves to the
 * drafter's own position when he holds one, otherwise the position the complaint was last
 * disposed to.
 */
export async function routeForComplaint(
  deps: { db: Kysely<Database>; runs: WorkflowService; sops: SopService },
  complaint: { id: number; channel: string },
  kind: LetterKind,
  user: SessionUser,
): Promise<ComplaintRoute> {
  const loaded = await deps.runs.load(complaint.id);
  const version = loaded ? loaded.sop : await deps.sops.forChannel(complaint.channel as Channel);
  const definition = version?.definition ?? null;
  const mapping = version ? await deps.runs.repo.mapping(version.code) : new Map<string, number[]>();
  const dispositions = await deps.db
    .selectFrom('workflow_dispositions')
    .select('recipients_json')
    .where('complaint_id', '=', complaint.id)
    .orderBy('id', 'desc')
    .execute();
  const disposed = dispositions.flatMap((r) => JSON.parse(r.recipients_json) as number[]);
  const actors = definition ? routeActors(definition, kind) : [];
  if (actors.length > 0) {
    const stops = actors.map((a, i) => ({
      actorKey: a.key,
      actorLabel: a.label,
      positionId: pickPosition(mapping.get(a.key) ?? [], i === 0 ? [...user.positionIds, ...disposed] : disposed),
    }));
    return { route: withRoles(stops), fromSop: true, definition, mapping, sopCode: version?.code ?? null };
  }
  // No letter steps in the SOP: the drafter, then (until he picks the signer in the
  // letter's signing fields) the superior of his position.
  const own = user.positionIds[0] ?? null;
  const superior = own ? ((await deps.db.selectFrom('positions').select('superior_id').where('id', '=', own).executeTakeFirst())?.superior_id ?? null) : null;
  return { route: freeRoute(own, superior), fromSop: false, definition, mapping, sopCode: version?.code ?? null };
}

/** The route without SOP letter steps: the drafter alone (he signs) or the drafter → the signer. */
export function freeRoute(drafterPositionId: number | null, signerPositionId: number | null): StoredRouteStop[] {
  const drafter = { actorKey: 'penyusun', actorLabel: 'Penyusun', positionId: drafterPositionId };
  if (signerPositionId === null || signerPositionId === drafterPositionId) return withRoles([drafter]);
  return withRoles([drafter, { actorKey: 'penanda-tangan', actorLabel: 'Penanda tangan', positionId: signerPositionId }]);
}
