import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State that survives a closed window, a crash or a power cut: every change is written
 * to this PC's local storage under `key`, and read back on the next start. A clerk
 * interrupted at the counter finds the form as they left it.
 */
export function useLocalDraft<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored ? { ...initial, ...(JSON.parse(stored) as T) } : initial;
    } catch {
      return initial;
    }
  });
  const initialRef = useRef(initial);

  useEffect(() => {
    localStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);

  const clear = () => {
    localStorage.removeItem(key);
    setValue(initialRef.current);
  };
  return [value, setValue, clear];
}
