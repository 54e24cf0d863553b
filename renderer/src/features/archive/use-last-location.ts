import { useCallback } from 'react';
import type { ArchiveLocation } from '../../../../shared/archive/archive-records';

const KEY = 'meja-aduan:arsip:lokasi-terakhir';
export const EMPTY_LOCATION: ArchiveLocation = { building: '', room: '', cabinet: '', shelf: '', box: '', folder: '' };

/**
 * The physical location of the last entry filed at this desk: an archivist files a stack
 * into the same box, so the next form starts there (the folder number is usually the only change).
 */
export function useLastLocation(): { last(): ArchiveLocation; remember(location: ArchiveLocation): void } {
  const last = useCallback((): ArchiveLocation => {
    try {
      const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ArchiveLocation> | null;
      return { ...EMPTY_LOCATION, ...(stored ?? {}) };
    } catch {
      return EMPTY_LOCATION;
    }
  }, []);
  const remember = useCallback((location: ArchiveLocation) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(location));
    } catch {
      // A full or blocked storage only loses the convenience.
    }
  }, []);
  return { last, remember };
}
