import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AccountsStatus, SessionInfo, SignedIn } from '../../../shared/accounts/account';
import type { AppInfo } from '../../../shared/app/app-info';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { call } from '../api/client';
import { onSessionProblem, sessionToken, setSessionToken } from '../api/session-token';
import { FirstRunScreen } from '../features/accounts/first-run-screen';
import { LockOverlay } from '../features/accounts/lock-overlay';
import { SignInScreen } from '../features/accounts/sign-in-screen';
import { useIdleLock } from '../features/accounts/use-idle-lock';
import { SessionContext, type SessionState } from './session-context';

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

type Phase =
  | { kind: 'loading' }
  | { kind: 'failure'; message: string }
  | { kind: 'first-run' }
  | { kind: 'sign-in' }
  | { kind: 'ready'; session: SessionInfo; office: OfficeSettings };

/**
 * Loads what every screen needs before showing any of them, and keeps the door: the
 * first-run screen on a new installation, the sign-in screen, and — once signed in —
 * the lock over the current screen after idle time (the screen stays mounted, so
 * nothing typed is lost).
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [status, setStatus] = useState<AccountsStatus | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [locked, setLocked] = useState(false);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);

  const enter = useCallback(async (session: SessionInfo) => {
    const office = await call('settings.get', {});
    if (!office.ok) return setPhase({ kind: 'failure', message: office.error.message });
    setLocked(false);
    setPhase({ kind: 'ready', session, office: office.value });
  }, []);

  const toSignIn = useCallback(async () => {
    setSessionToken(null);
    setLocked(false);
    const next = await call('accounts.status', {});
    if (!next.ok) return setPhase({ kind: 'failure', message: next.error.message });
    setStatus(next.value);
    setPhase({ kind: next.value.hasAccounts ? 'sign-in' : 'first-run' });
  }, []);

  useEffect(() => {
    void (async () => {
      const [infoResult, statusResult] = await Promise.all([call('app.info', {}), call('accounts.status', {})]);
      if (!infoResult.ok) return setPhase({ kind: 'failure', message: infoResult.error.message });
      if (!statusResult.ok) return setPhase({ kind: 'failure', message: statusResult.error.message });
      setClockOffsetMs(Date.parse(infoResult.value.now) - Date.now());
      setInfo(infoResult.value);
      setStatus(statusResult.value);
      if (!statusResult.value.hasAccounts) return setPhase({ kind: 'first-run' });
      // A reload keeps the session of this window, unless it ended or locked meanwhile.
      if (sessionToken()) {
        const current = await call('accounts.session', {});
        if (current.ok) return enter(current.value);
        if (current.error.code === 'SESSION_LOCKED') await call('accounts.signOut', {});
        setSessionToken(null);
      }
      setPhase({ kind: 'sign-in' });
    })();
  }, [enter]);

  useEffect(
    () =>
      onSessionProblem((problem) => {
        if (problem === 'SESSION_LOCKED') setLocked(true);
        else void toSignIn();
      }),
    [toSignIn],
  );

  const signedIn = useCallback(async (result: SignedIn) => {
    setSessionToken(result.session);
    await enter(result.info);
  }, [enter]);

  const signOut = useCallback(async () => {
    await call('accounts.signOut', {});
    await toSignIn();
  }, [toSignIn]);

  const lock = useCallback(() => {
    setLocked(true);
    void call('accounts.lock', {});
  }, []);

  const ready = phase.kind === 'ready' ? phase : null;
  useIdleLock(ready ? ready.session.idleMinutes : null, locked, lock);

  const now = useCallback(() => new Date(Date.now() + clockOffsetMs), [clockOffsetMs]);
  const appValue = useMemo(
    () =>
      info && ready
        ? { info, office: ready.office, now, setOffice: (office: OfficeSettings) => setPhase({ ...ready, office }) }
        : null,
    [info, ready, now],
  );
  const sessionValue = useMemo<SessionState | null>(
    () => (ready ? { info: ready.session, locked, lock, signOut } : null),
    [ready, locked, lock, signOut],
  );

  if (phase.kind === 'failure') return <div className="startup-failure" role="alert">{phase.message}</div>;
  if (phase.kind === 'first-run' && status) return <FirstRunScreen status={status} onCreated={() => void toSignIn()} />;
  if (phase.kind === 'sign-in' && status && info) return <SignInScreen status={status} demo={info.demo} onSignedIn={signedIn} />;
  if (!appValue || !sessionValue || !ready) return <div className="startup">Memuat Meja Aduan…</div>;
  return (
    <AppContext.Provider value={appValue}>
      <SessionContext.Provider value={sessionValue}>
        {children}
        {locked ? (
          <LockOverlay
            user={ready.session.user}
            onUnlocked={(session) => {
              setLocked(false);
              setPhase({ ...ready, session });
            }}
            onSwitchUser={() => void signOut()}
          />
        ) : null}
      </SessionContext.Provider>
    </AppContext.Provider>
  );
}
