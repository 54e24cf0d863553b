import type { ActorMappingView, PositionOption } from '../../../../shared/workflow/tray';
import { ACTOR_MAPPING_KIND_LABELS } from './sop-labels';

type Actor = ActorMappingView['actors'][number];

interface ActorMappingRowProps {
  actor: Actor;
  positions: PositionOption[];
  chosen: number[];
  readOnly: boolean;
  onChange(positionIds: number[]): void;
}

/** "Kepala Dinas — Budi Santoso"; a vacant position says so, since nobody would get its tray. */
export function positionText(p: PositionOption): string {
  return `${p.title} — ${p.holderName ?? '(kosong)'}`;
}

/** The positions grouped by their unit, in the order the office lists them. */
function byUnit(positions: PositionOption[]): [string, PositionOption[]][] {
  const groups = new Map<string, PositionOption[]>();
  for (const p of positions) groups.set(p.unitName, [...(groups.get(p.unitName) ?? []), p]);
  return [...groups.entries()];
}

/** One actor column of the SOP and the office positions that act for it. */
export function ActorMappingRow({ actor, positions, chosen, readOnly, onChange }: ActorMappingRowProps) {
  const id = `sop-map-${actor.key}`;
  const unmapped = actor.required && chosen.length === 0;
  const known = new Map(positions.map((p) => [p.positionId, p]));
  return (
    <tr className={unmapped ? 'sop-mapping__row--missing' : undefined}>
      <th scope="row">
        <label htmlFor={id}>{actor.label}</label>
        <span className={`badge sop-kind sop-kind--${actor.kind}`}>{ACTOR_MAPPING_KIND_LABELS[actor.kind]}</span>
      </th>
      <td>
        {actor.kind === 'sistem' ? (
          <span className="muted">Langkahnya dikerjakan oleh sistem, bukan oleh jabatan kantor.</span>
        ) : (
          <select id={id} multiple disabled={readOnly} size={Math.min(6, positions.length + byUnit(positions).length)}
            value={chosen.map(String)} aria-describedby={`${id}-chosen`}
            onChange={(e) => onChange([...e.target.selectedOptions].map((o) => Number(o.value)))}>
            {byUnit(positions).map(([unit, list]) => (
              <optgroup key={unit} label={unit}>
                {list.map((p) => <option key={p.positionId} value={p.positionId}>{positionText(p)}</option>)}
              </optgroup>
            ))}
          </select>
        )}
      </td>
      <td id={`${id}-chosen`} className="sop-mapping__chosen">
        {actor.kind === 'sistem' ? null : chosen.length === 0 ? (
          <span className={unmapped ? 'sop-mapping__missing' : 'muted'}>{unmapped ? 'Belum dipetakan' : 'Tidak dipetakan (boleh)'}</span>
        ) : (
          <ul>
            {chosen.map((pid) => {
              const p = known.get(pid);
              return <li key={pid}>{p ? <>{p.shortTitle || p.title}<div className="muted">{p.unitName} · {p.holderName ?? 'belum ada pemangku'}</div></> : <em>Jabatan tidak aktif lagi (dilepas saat disimpan)</em>}</li>;
            })}
          </ul>
        )}
      </td>
    </tr>
  );
}
