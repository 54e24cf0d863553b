import type { HolderKind, PositionHolder } from './organisation';

/**
 * Who acts in a position on `day`: among the holders whose period covers the day, a Plh.
 * (standing in for a short absence) comes before a Plt. (filling a vacancy or a long
 * absence), which comes before the definitive holder; within one kind, the latest start.
 */
const PRIORITY: Record<HolderKind, number> = { plh: 0, plt: 1, definitif: 2 };

export function holderOn(holders: readonly PositionHolder[], day: string): PositionHolder | null {
  const covering = holders.filter((h) => h.startDate <= day && (h.endDate === null || h.endDate >= day));
  covering.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.startDate.localeCompare(a.startDate) || b.id - a.id);
  return covering[0] ?? null;
}

/** "Plt. Kepala Dinas" — the title as signed by an acting official. */
export function actingTitle(kind: HolderKind, title: string): string {
  return kind === 'definitif' ? title : `${kind === 'plt' ? 'Plt.' : 'Plh.'} ${title}`;
}
