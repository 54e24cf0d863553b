import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { CalendarScreen } from '../features/calendar/calendar-screen';
import { ComplaintIntakeScreen } from '../features/complaints/intake/complaint-intake-screen';
import { ProgressDeskScreen } from '../features/complaints/progress/progress-desk-screen';
import { RegisterScreen } from '../features/complaints/register/register-screen';
import { GuestBookScreen } from '../features/guests/guest-book-screen';
import { OrganisationScreen } from '../features/organisation/organisation-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { SopScreen } from '../features/sop/sop-screen';
import { TrayScreen } from '../features/workflow/tray-screen';
import { DashboardScreen } from '../features/dashboard/dashboard-screen';
import { LettersScreen } from '../features/letters/letters-screen';
import { ArchiveScreen } from '../features/archive/archive-screen';
import { useApp } from './app-context';
import { LiveClock } from './live-clock';
import { NavigationProvider, type ScreenId, type ScreenParams } from './navigation';
import { useSession } from './session-context';
import { UserBadge } from './user-badge';

const SCREENS: { id: ScreenId; label: string; key: string; render: () => ReactNode }[] = [
  { id: 'buku-tamu', label: 'Buku Tamu', key: '1', render: () => <GuestBookScreen /> },
  { id: 'pengaduan-baru', label: 'Pengaduan Baru', key: '2', render: () => <ComplaintIntakeScreen /> },
  { id: 'register', label: 'Register Pengaduan', key: '3', render: () => <RegisterScreen /> },
  { id: 'meja-progres', label: 'Meja Progres', key: '4', render: () => <ProgressDeskScreen /> },
  { id: 'kotak-disposisi', label: 'Kotak Disposisi', key: '5', render: () => <TrayScreen /> },
  { id: 'surat', label: 'Surat', key: 'S', render: () => <LettersScreen tab="daftar" /> },
  { id: 'verifikasi-surat', label: 'Verifikasi Surat', key: 'V', render: () => <LettersScreen tab="verifikasi" /> },
  { id: 'arsip', label: 'Arsip', key: 'A', render: () => <ArchiveScreen /> },
  { id: 'organisasi', label: 'Organisasi', key: '6', render: () => <OrganisationScreen /> },
  { id: 'sop', label: 'SOP', key: '7', render: () => <SopScreen /> },
  { id: 'kalender-kerja', label: 'Kalender Kerja', key: '8', render: () => <CalendarScreen /> },
  { id: 'dasbor', label: 'Dasbor', key: '0', render: () => <DashboardScreen /> },
  { id: 'pengaturan', label: 'Pengaturan', key: '9', render: () => <SettingsScreen /> },
];

/** The frame around every screen: the office, the clock, the signed-in user, navigation. */
export function AppShell() {
  const { office, info } = useApp();
  const { locked } = useSession();
  const [screen, setScreen] = useState<ScreenId>('buku-tamu');
  const [params, setParams] = useState<ScreenParams>({});
  // A new key per navigation remounts the screen, so it opens with its new parameters.
  const [visit, setVisit] = useState(0);
  const navigation = useMemo(
    () => ({
      screen,
      params,
      navigate: (next: ScreenId, nextParams: ScreenParams = {}) => {
        setScreen(next);
        setParams(nextParams);
        setVisit((n) => n + 1);
      },
    }),
    [screen, params],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Behind the lock nothing may move: switching screens would drop a half-typed form.
      if (locked) return;
      // Letter keys by their physical key (e.code), so Alt+S works whatever character the layout makes of it.
      const target = SCREENS.find((s) => e.altKey && (e.key === s.key || e.code === `Key${s.key}`));
      if (target) {
        e.preventDefault();
        navigation.navigate(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigation, locked]);

  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  return (
    <NavigationProvider value={navigation}>
      <div className="shell">
        <header className="topbar">
          <div className="brand">
            <span className="brand__mark" aria-hidden>MA</span>
            <div>
              <div className="brand__name">Meja Aduan</div>
              <div className="brand__office">{office.nameLines.at(-1)}</div>
            </div>
            {info.demo ? <span className="badge badge--demo">KANTOR DEMO</span> : null}
          </div>
          <LiveClock />
          <UserBadge />
        </header>
        <nav className="sidebar" aria-label="Menu utama">
          {SCREENS.map((s) => (
            <button
              key={s.id}
              type="button"
              className={`nav-item${s.id === screen ? ' nav-item--active' : ''}`}
              aria-current={s.id === screen ? 'page' : undefined}
              onClick={() => navigation.navigate(s.id)}
              title={`Alt+${s.key}`}
            >
              {s.label}
              <kbd>Alt+{s.key}</kbd>
            </button>
          ))}
        </nav>
        <main className="content" aria-label={current.label} key={visit}>
          {current.render()}
        </main>
      </div>
    </NavigationProvider>
  );
}
