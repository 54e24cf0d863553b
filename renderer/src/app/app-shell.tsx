import { useEffect, useState } from 'react';
import { GuestBookScreen } from '../features/guests/guest-book-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { useApp } from './app-context';
import { LiveClock } from './live-clock';
import { OperatorBadge } from './operator-badge';

const SCREENS = [
  { id: 'buku-tamu', label: 'Buku Tamu', key: '1', render: () => <GuestBookScreen /> },
  { id: 'pengaturan', label: 'Pengaturan', key: '9', render: () => <SettingsScreen /> },
] as const;

type ScreenId = (typeof SCREENS)[number]['id'];

/** The frame around every screen: the office, the clock, the clerk on duty, navigation. */
export function AppShell() {
  const { office, info } = useApp();
  const [screen, setScreen] = useState<ScreenId>('buku-tamu');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = SCREENS.find((s) => e.altKey && e.key === s.key);
      if (target) {
        e.preventDefault();
        setScreen(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0];
  return (
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
        <OperatorBadge />
      </header>
      <nav className="sidebar" aria-label="Menu utama">
        {SCREENS.map((s) => (
          <button
            key={s.id}
            type="button"
            className={`nav-item${s.id === screen ? ' nav-item--active' : ''}`}
            aria-current={s.id === screen ? 'page' : undefined}
            onClick={() => setScreen(s.id)}
            title={`Alt+${s.key}`}
          >
            {s.label}
            <kbd>Alt+{s.key}</kbd>
          </button>
        ))}
      </nav>
      <main className="content" aria-label={current.label}>
        {current.render()}
      </main>
    </div>
  );
}
