import { useState } from 'react';
import type { CallResult } from '../../../../shared/contract/call-result';

/** Form values, the backend's per-field messages, and one save that closes on success. */
export function useSaveForm<T extends object, R>(initial: T, save: (values: T) => Promise<CallResult<R>>, onSaved: (value: R) => void) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value }));
  async function submit() {
    setBusy(true);
    const result = await save(values);
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    const fields = result.error.fields ?? {};
    setErrors(fields);
    // A message a field already shows is not repeated; one about no field of this form is.
    const shown = Object.keys(fields).some((key) => key in values);
    setMessage(shown ? null : result.error.message);
  }
  return { values, set, errors, message, busy, submit };
}
