import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import type { NoticeMessage } from '../../../components/notice';
import { EMPTY_INTAKE_FORM, hasContent, type IntakeFormValues } from './intake-form-values';

interface Options {
  guestVisitId: number | undefined;
  current: () => IntakeFormValues;
  replace(next: IntakeFormValues): void;
  onNotice(notice: NoticeMessage): void;
}

/**
 * "Buat pengaduan" on a guest-book visit: the visit is read and its visitor becomes the
 * complainant (channel "Datang langsung", oral). A half-typed draft of another complaint
 * is not thrown away: it is kept aside and can be brought back with one button.
 */
export function useGuestVisitPrefill({ guestVisitId, current, replace, onNotice }: Options) {
  const [setAside, setSetAside] = useState<IntakeFormValues | null>(null);

  useEffect(() => {
    if (!guestVisitId) return;
    let live = true;
    void (async () => {
      const before = current();
      // Coming back to the complaint of the same visit: keep what was typed.
      if (before.guest?.id === guestVisitId) return;
      const r = await call('guests.get', { id: guestVisitId });
      if (!live) return;
      if (!r.ok) return onNotice({ kind: 'error', text: `Data buku tamu tidak dapat dibaca: ${r.error.message}` });
      const v = r.value;
      if (hasContent(before)) setSetAside(before);
      replace({
        ...EMPTY_INTAKE_FORM,
        channel: 'langsung',
        form: 'lisan',
        guest: { id: v.id, name: v.name, timeIn: v.timeIn },
        complainant: { name: v.name, nik: v.nik, phone: v.phone, email: '', address: v.address },
      });
    })();
    return () => {
      live = false;
    };
    // Runs once per navigation (the screen is remounted with new parameters), not per render.
  }, [guestVisitId]);

  return {
    /** The draft that was on screen before the visit was loaded, if it had content. */
    setAside,
    restore() {
      if (setAside) replace(setAside);
      setSetAside(null);
    },
    discardSetAside() {
      setSetAside(null);
    },
  };
}
