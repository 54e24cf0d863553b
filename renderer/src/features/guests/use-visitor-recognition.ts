import { useRef, useState } from 'react';
import type { KnownVisitor } from '../../../../shared/guests/guest-visit';
import { nikProblem } from '../../../../shared/validation/nik';
import { phoneProblem } from '../../../../shared/validation/phone';
import { call } from '../../api/client';
import type { GuestFormValues } from './guest-form-fields';

/**
 * Recognises a returning visitor from a complete phone number or NIK and fills the
 * fields still empty, so nobody retypes. Fields the clerk already typed are kept.
 */
export function useVisitorRecognition() {
  const [known, setKnown] = useState<KnownVisitor | null>(null);
  const lastKey = useRef('');

  async function recognise(
    values: GuestFormValues,
    apply: (fill: (current: GuestFormValues) => GuestFormValues) => void,
  ): Promise<void> {
    const nik = values.nik.replace(/\s/g, '');
    const phone = values.phone;
    const usableNik = nik.length === 16 && !nikProblem(nik) ? nik : '';
    const usablePhone = phone.trim() !== '' && !phoneProblem(phone) ? phone : '';
    const key = `${usableNik}|${usablePhone}`;
    if (key === '|' || key === lastKey.current) return;
    lastKey.current = key;
    const result = await call('guests.lookupVisitor', { phone: usablePhone, nik: usableNik });
    if (!result.ok || !result.value) return setKnown(null);
    const v = result.value;
    setKnown(v);
    // Merge into the form as it is now: the clerk may have typed on while we looked.
    apply((current) => ({
      ...current,
      name: current.name || v.name,
      nik: current.nik || v.nik,
      phone: current.phone || v.phone,
      address: current.address || v.address,
      institution: current.institution || v.institution,
    }));
  }

  function forget(): void {
    lastKey.current = '';
    setKnown(null);
  }

  return { known, recognise, forget };
}
