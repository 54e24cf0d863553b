import { useState } from 'react';
import type { OrgChart, OrgPosition, OrgUnit, PositionHolder } from '../../../../shared/organisation/organisation';
import { HolderDialog } from './holder-dialog';
import { holderDetail, holderLine, holderPeriod } from './holder-text';
import { PositionDialog } from './position-dialog';

interface PositionsPanelProps {
  chart: OrgChart;
  unit: OrgUnit;
  isAdmin: boolean;
  onChanged(): void;
}

/** The positions of one unit: title, superior, who acts now (Plt./Plh. first), and every holder. */
export function PositionsPanel({ chart, unit, isAdmin, onChanged }: PositionsPanelProps) {
  const [editing, setEditing] = useState<OrgPosition | 'new' | null>(null);
  const [holder, setHolder] = useState<{ position: OrgPosition; holder: PositionHolder | null } | null>(null);
  const positions = chart.positions.filter((p) => p.unitId === unit.id);
  const titleOf = (id: number | null) => chart.positions.find((p) => p.id === id)?.title ?? '—';
  const done = () => { setEditing(null); setHolder(null); onChanged(); };
  return (
    <section className="panel org-positions-panel" aria-label={`Jabatan di ${unit.name}`}>
      <div className="panel__header">
        <h2>Jabatan di {unit.name}</h2>
        {isAdmin ? <button type="button" className="button button--primary" onClick={() => setEditing('new')}>Jabatan baru</button> : null}
      </div>
      {positions.length === 0 ? <p className="muted">Unit ini belum punya jabatan.</p> : null}
      {positions.map((p) => (
        <article key={p.id} className={`org-position${p.active ? '' : ' org-row--inactive'}`} aria-label={p.title}>
          <header className="org-position__header">
            <div>
              <h3>{p.title}{p.shortTitle ? <span className="muted"> · {p.shortTitle}</span> : null}</h3>
              <div className="org-position__superior">Atasan: {titleOf(p.superiorId)}</div>
            </div>
            {isAdmin ? (
              <div className="panel__tools">
                <button type="button" className="button" onClick={() => setHolder({ position: p, holder: null })} aria-label={`Tambah pemangku ${p.title}`}>Tambah pemangku</button>
                <button type="button" className="button" onClick={() => setEditing(p)} aria-label={`Ubah jabatan ${p.title}`}>Ubah</button>
              </div>
            ) : null}
          </header>
          <div className="org-position__current" aria-label={`Pejabat ${p.title} saat ini`}>
            {p.currentHolder ? (
              <>
                <strong>{holderLine(p.currentHolder)}</strong>
                <span className="muted"> {holderDetail(p.currentHolder)}</span>
              </>
            ) : <span className="org-vacant">Lowong</span>}
          </div>
          {p.holders.length > 0 ? (
            <ul className="org-holders">
              {p.holders.map((h) => (
                <li key={h.id}>
                  <span>{holderLine({ ...h, endDate: null })}</span>
                  <span className="muted"> — {holderPeriod(h)}</span>
                  {isAdmin ? <button type="button" className="link-button" onClick={() => setHolder({ position: p, holder: h })} aria-label={`Ubah pemangku ${h.name}`}>ubah</button> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
      {editing ? (
        <PositionDialog position={editing === 'new' ? null : editing} unitId={unit.id} units={chart.units} positions={chart.positions} onClose={() => setEditing(null)} onSaved={done} />
      ) : null}
      {holder ? <HolderDialog position={holder.position} holder={holder.holder} today={chart.date} onClose={() => setHolder(null)} onSaved={done} /> : null}
    </section>
  );
}
