import { useEffect, type RefObject } from 'react';

/**
 * Focuses an element of a dialog once it is open. React's autoFocus fires before the
 * parent <Modal> calls showModal(), which then moves focus to the first button (the ✕),
 * so the focus is set one frame later instead.
 */
export function useInitialFocus(ref: RefObject<HTMLElement | null>, when = true): void {
  useEffect(() => {
    if (!when) return;
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [ref, when]);
}
