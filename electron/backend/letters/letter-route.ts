import type { LetterKind, RouteRole } from '../../../shared/letters/letter-records';
import type { SopDefinition } from '../../../shared/sop/sop-definition';

/**
 * The paraf route of a letter, read from the SOP: the steps whose output is this kind of
 * letter, in step order, and their `jabatan` actors in order of first appearance. The first
 * drafts, the last signs, those between initial. Seed 002's nota dinas: Kasubag PPHTI →
 * Kabag P2 → Kadiv → Kakanwil; seed 003's surat jawaban: Sekretariat/Bidang/UPT → Kepala
 * Dinas → Sekretaris.
 */
export interface StoredRouteStop {
  order: number;
  role: RouteRole;
  actorKey: string;
  actorLabel: string;
  positionId: number | null;
}

export interface SopRouteActor {
  key: string;
  label: string;
}

export function letterStepNos(definition: SopDefinition, kind: LetterKind): number[] {
  return definition.steps.filter((s) => s.outputKind === kind).map((s) => s.no).sort((a, b) => a - b);
}

/** The route's actors from the SOP; empty when the SOP has no step producing this kind. */
export function routeActors(definition: SopDefinition, kind: LetterKind): SopRouteActor[] {
  const jabatan = new Map(definition.actors.filter((a) => a.kind === 'jabatan').map((a) => [a.key, a.label]));
  const seen = new Set<string>();
  const actors: SopRouteActor[] = [];
  for (const no of letterStepNos(definition, kind)) {
    const step = definition.steps.find((s) => s.no === no);
    for (const key of step?.actors ?? []) {
      const label = jabatan.get(key);
      if (label === undefined || seen.has(key)) continue;
      seen.add(key);
      actors.push({ key, label });
    }
  }
  return actors;
}

/** Roles by place: the drafter first, the signer last; a route of one is the drafter signing his own letter. */
export function withRoles(stops: readonly Omit<StoredRouteStop, 'order' | 'role'>[]): StoredRouteStop[] {
  return stops.map((stop, i) => ({
    ...stop,
    order: i + 1,
    role: i === stops.length - 1 && stops.length > 1 ? 'penanda-tangan' : i === 0 ? 'penyusun' : 'paraf',
  }));
}

/**
 * Picks the position of an actor mapped to several (Sekretariat/Bidang/UPT): the drafter's own
 * when he holds one of them, else the one the complaint was disposed to, else the first.
 */
export function pickPosition(candidates: readonly number[], preferred: readonly number[]): number | null {
  for (const id of preferred) if (candidates.includes(id)) return id;
  return candidates[0] ?? null;
}
