import type { Complainant } from './complaint';
import type { Privacy } from './complaint-enums';

/** "Siti Rahmawati" → "S*** R***": enough to tell two masked rows apart, not to identify. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]}***`)
    .join(' ');
}

const maskDigits = (value: string, keepStart: number, keepEnd: number) =>
  value.length <= keepStart + keepEnd ? '*'.repeat(value.length) : value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);

/**
 * The identity as every screen, print and export shows it: a confidential complainant
 * is masked unless revealed (complaints.revealIdentity, which is recorded); an anonymous
 * one has no identity stored at all.
 */
export function visibleComplainant(c: Complainant, privacy: Privacy): Complainant {
  if (privacy !== 'rahasia') return c;
  return {
    name: maskName(c.name),
    nik: c.nik ? maskDigits(c.nik, 2, 2) : '',
    phone: c.phone ? maskDigits(c.phone, 4, 2) : '',
    email: c.email ? c.email.replace(/^(.).*@/, '$1***@') : '',
    address: c.address ? '(dirahasiakan)' : '',
  };
}

export function complainantDisplay(name: string, privacy: Privacy): string {
  if (privacy === 'anonim') return 'Anonim';
  if (privacy === 'rahasia') return `${maskName(name)} (rahasia)`;
  return name;
}
