import { useEffect, useState } from 'react';
import type { DuplicateCandidate } from '../../../../../shared/complaints/complaint';
import { formatDate } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import { StatusPill } from '../shared/status-pill';

interface Props {
  candidates: DuplicateCandidate[];
  searching: boolean;
  relatedIds: number[];
  onToggle(id: number, linked: boolean): void;
}

/**
 * "Mungkin sama dengan:" — complaints from the same complainant or with similar text.
 * The clerk links the ones that are the same matter; a linked one stays listed even
 * when later typing no longer brings it up, so the choice is never made invisibly.
 */
export function DuplicatePanel({ candidates, searching, relatedIds, onToggle }: Props) {
  const { office } = useApp();
  // Remember what was shown, so a linked complaint keeps its register number and subject.
  const [seen, setSeen] = useState<Record<number, DuplicateCandidate>>({});
  useEffect(() => {
    if (candidates.length === 0) return;
    setSeen((all) => ({ ...all, ...Object.fromEntries(candidates.map((c) => [c.id, c])) }));
  }, [candidates]);

  const shownIds = new Set(candidates.map((c) => c.id));
  const linkedOnly = relatedIds.filter((id) => !shownIds.has(id)).map((id) => seen[id]).filter((c): c is DuplicateCandidate => !!c);
  const list = [...candidates, ...linkedOnly];
  if (list.length === 0 && !searching) return null;

  return (
    <section className="panel duplicates" aria-labelledby="duplicates-title" aria-live="polite">
      <header className="panel__header">
        <h2 id="duplicates-title">Mungkin sama dengan:</h2>
        {searching ? <span className="panel__hint">mencari…</span> : <span className="badge">{list.length}</span>}
      </header>
      {list.length === 0 ? <p className="muted duplicates__empty">Mencari pengaduan serupa…</p> : null}
      <ul className="duplicate-list">
        {list.map((c) => {
          const linked = relatedIds.includes(c.id);
          return (
            <li key={c.id} className={`duplicate${linked ? ' duplicate--linked' : ''}`} aria-label={`Pengaduan ${c.registerNumber}`}>
              <div className="duplicate__head">
                <span className="duplicate__number">{c.registerNumber}</span>
                <StatusPill status={c.status} />
              </div>
              <div className="duplicate__subject">{c.subject}</div>
              <div className="duplicate__meta">
                {formatDate(c.receivedAt, office.timeZone)} · <span className="duplicate__reason">{c.reason}</span>
              </div>
              <label className="duplicate__link">
                <input type="checkbox" checked={linked} onChange={(e) => onToggle(c.id, e.target.checked)} />
                tautkan sebagai terkait
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
