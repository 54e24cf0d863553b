import type { GuestVisit } from '../../../../../shared/guests/guest-visit';
import { normalizePhone } from '../../../../../shared/validation/phone';

/** What is known of the complainant on screen (masked fields never match anything). */
export interface ComplainantHint {
  name: string;
  phone: string;
  nik: string;
}

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);

/**
 * Names written by two clerks differ in titles and commas ("Siti Rahmawati, S.Pd."), so
 * two names match when every word of the shorter one is in the longer one — but a lone
 * short word ("Siti") is too common to decide anything.
 */
export function namesMatch(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.length === 0) return false;
  if (short.length === 1 && (short[0] ?? '').length < 5) return false;
  return short.every((w) => long.includes(w));
}

const digits = (v: string) => v.replace(/\D/g, '');

/** True when the guest-book visit is plausibly the complainant standing at the counter. */
export function visitMatches(visit: GuestVisit, who: ComplainantHint): boolean {
  if (who.nik && digits(who.nik).length === 16 && digits(visit.nik) === digits(who.nik)) return true;
  if (who.phone && visit.phone && !who.phone.includes('*') && normalizePhone(visit.phone) === normalizePhone(who.phone)) return true;
  return !who.name.includes('*') && namesMatch(visit.name, who.name);
}

/**
 * The visit a consultation note is linked to by default: the one the guest book sent us
 * here with, else the newest of today's visits that matches the complainant (a visitor
 * who came to ask about progress first), else none.
 */
export function defaultVisitId(visits: GuestVisit[], who: ComplainantHint | null, fromGuestBook: number | undefined): number | null {
  if (fromGuestBook !== undefined && visits.some((v) => v.id === fromGuestBook)) return fromGuestBook;
  if (!who) return null;
  const matching = visits.filter((v) => visitMatches(v, who));
  const asking = matching.find((v) => v.purpose === 'tanya_progres');
  return (asking ?? matching[0])?.id ?? null;
}

/** Today's visits a note can be linked to: not cancelled, newest first. */
export function linkableVisits(rows: GuestVisit[]): GuestVisit[] {
  return rows.filter((v) => v.status === 'aktif').sort((a, b) => b.timeIn.localeCompare(a.timeIn));
}
