import { HOLDER_KIND_LABELS, type PositionHolder } from '../../../../shared/organisation/organisation';
import { formatNip } from '../../../../shared/organisation/nip';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';

/** "Plt. Muh. Rizal Lamarauna s.d. Jumat, 27 November 2026" */
export function holderLine(h: PositionHolder): string {
  const kind = h.kind === 'definitif' ? '' : `${HOLDER_KIND_LABELS[h.kind]} `;
  const until = h.endDate ? ` s.d. ${formatLongDay(h.endDate)}` : '';
  return `${kind}${h.name}${until}`;
}

export function holderDetail(h: PositionHolder): string {
  return [h.nip ? `NIP ${formatNip(h.nip)}` : '', h.rank].filter(Boolean).join(' · ');
}

export function holderPeriod(h: PositionHolder): string {
  return `${formatLongDay(h.startDate)} s.d. ${h.endDate ? formatLongDay(h.endDate) : 'sekarang'}`;
}
