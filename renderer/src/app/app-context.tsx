import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/app/app-info';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { call } from '../api/client';

interface AppState {
  info: AppInfo;
  office: OfficeSettings;
  /** "Now" per the backend's clock, so screens and records agree (tests pin the clock). */
  now(): Date;
  setOffice(next: OfficeSettings): void;
}

const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp di luar AppProvider');
  return state;
}

/** Loads what every screen needs (app info, office settings) before showing any of them. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [office, setOffice] = useState<OfficeSettings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);

  useEffect(() => {
    void (async () => {
      const [infoResult, officeResult] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
      if (!infoResult.ok) return setFailure(infoResult.error.message);
      if (!officeResult.ok) return setFailure(officeResult.error.message);
      setClockOffsetMs(Date.parse(infoResult.value.now) - Date.now());
      setInfo(infoResult.value);
      setOffice(officeResult.value);
    })();
  }, []);

  const now = useCallback(() => new Date(Date.now() + clockOffsetMs), [clockOffsetMs]);
  const value = useMemo(
    () => (info && office ? { info, office, now, setOffice } : null),
    [info, office, now],
  );

  if (failure) return <div className="startup-failure" role="alert">{failure}</div>;
  if (!value) return <div className="startup">Memuat Meja Aduan…</div>;
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
