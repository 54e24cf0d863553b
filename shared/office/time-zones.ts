/**
 * The three Indonesian time zones an office can be in. Offices speak of them by their
 * Indonesian abbreviation; the IANA names are what `Intl` needs to convert instants.
 */
export const OFFICE_TIME_ZONES = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
} as const;

export type OfficeTimeZone = keyof typeof OFFICE_TIME_ZONES;

export const OFFICE_TIME_ZONE_CODES = Object.keys(OFFICE_TIME_ZONES) as OfficeTimeZone[];

/** Offset from UTC in minutes; Indonesia keeps no daylight-saving time, so this is fixed. */
export const OFFICE_TIME_ZONE_OFFSET_MINUTES: Record<OfficeTimeZone, number> = {
  WIB: 7 * 60,
  WITA: 8 * 60,
  WIT: 9 * 60,
};
