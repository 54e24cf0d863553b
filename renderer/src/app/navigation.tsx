import { createContext, useContext, type ReactNode } from 'react';

/** The screens of the app; each feature adds its own id here and in app-shell.tsx. */
export type ScreenId = 'buku-tamu' | 'pengaduan-baru' | 'register' | 'meja-progres' | 'organisasi' | 'kalender-kerja' | 'sop' | 'pengaturan' | 'kotak-disposisi' | 'dasbor' | 'surat' | 'verifikasi-surat' | 'arsip';

/** Optional parameters a screen opens with (e.g. the visit a complaint starts from). */
export interface ScreenParams {
  /** Start a complaint from this guest-book visit (identity filled in). */
  guestVisitId?: number;
  /** Open this complaint's case page. */
  complaintId?: number;
  /** Open this letter on the Surat screen. */
  letterId?: number;
  /** Open this entry on the Arsip screen. */
  archiveEntryId?: number;
}

export interface Navigation {
  screen: ScreenId;
  params: ScreenParams;
  navigate(screen: ScreenId, params?: ScreenParams): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export const NavigationProvider = ({ value, children }: { value: Navigation; children: ReactNode }) => (
  <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation di luar NavigationProvider');
  return nav;
}
