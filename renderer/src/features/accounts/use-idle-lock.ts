import { useEffect, useRef } from 'react';
import { call } from '../../api/client';

const CHECK_EVERY_MS = 5_000;
/** How often typing tells the backend "still here", so a long description never locks server-side. */
const TOUCH_EVERY_MS = 60_000;
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after `idleMinutes` without keyboard or mouse, and while the user is
 * active pings the backend at most once a minute: the backend locks a session on its own
 * when it hears nothing for the idle time, so the two agree.
 */
export function useIdleLock(idleMinutes: number | null, locked: boolean, lock: () => void): void {
  const lastActivity = useRef(Date.now());
  const lastTouch = useRef(Date.now());

  useEffect(() => {
    if (idleMinutes === null || locked) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastTouch.current >= TOUCH_EVERY_MS) {
        lastTouch.current = now;
        void call('accounts.touch', {});
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current >= idleMinutes * 60_000) lock();
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      clearInterval(timer);
    };
  }, [idleMinutes, locked, lock]);
}
