import { useEffect, useState } from 'react';
import { HOLDER_KIND_LABELS } from '../../../../shared/organisation/organisation';
import { call } from '../../api/client';

/** A position as the letter's pickers offer it: its title and who acts in it today. */
export interface PositionChoice {
  id: number;
  title: string;
  /** "Kepala Dinas — Drs. Hasan (Plt.)" */
  label: string;
}

/** The office's active positions from `organisation.chart`, for the signing pickers and the Yth./Dari suggestions. */
export function usePositionChoices(): PositionChoice[] {
  const [choices, setChoices] = useState<PositionChoice[]>([]);
  useEffect(() => {
    let alive = true;
    void call('organisation.chart', {}).then((r) => {
      if (!alive || !r.ok) return;
      setChoices(
        r.value.positions
          .filter((p) => p.active)
          .map((p) => {
            const h = p.currentHolder;
            const holder = h ? ` — ${h.name}${h.kind === 'definitif' ? '' : ` (${HOLDER_KIND_LABELS[h.kind]})`}` : ' — (kosong)';
            return { id: p.id, title: p.title, label: `${p.title}${holder}` };
          }),
      );
    });
    return () => {
      alive = false;
    };
  }, []);
  return choices;
}
