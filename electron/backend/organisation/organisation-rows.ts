import type { Selectable } from 'kysely';
import type { OrgUnit, PositionHolder } from '../../../shared/organisation/organisation';
import type { PositionHoldersTable, PositionsTable, UnitsTable } from '../../db/database-schema';

export type UnitRow = Selectable<UnitsTable>;
export type PositionRow = Selectable<PositionsTable>;
export type HolderRow = Selectable<PositionHoldersTable>;

export const toUnit = (r: UnitRow): OrgUnit => ({
  id: r.id, parentId: r.parent_id, name: r.name, code: r.code, order: r.sort_order, active: r.active === 1,
});

export const toHolder = (r: HolderRow): PositionHolder => ({
  id: r.id, positionId: r.position_id, name: r.name, nip: r.nip, rank: r.rank, kind: r.kind, startDate: r.start_date, endDate: r.end_date,
});

/**
 * True when following `parentOf` upwards from `start` reaches `id`: making `start` the
 * parent of `id` would close a loop. Also stops on a loop already in the data.
 */
export function wouldCreateCycle(id: number, start: number | null, parentOf: Map<number, number | null>): boolean {
  const seen = new Set<number>();
  for (let at = start; at !== null; at = parentOf.get(at) ?? null) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
