import { useEffect, useRef, useState } from 'react';
import type { DuplicateCandidate } from '../../../../../shared/complaints/complaint';
import { call } from '../../../api/client';
import type { IntakeFormValues } from './intake-form-values';

const DEBOUNCE_MS = 600;

/**
 * What is worth asking about: only fields with enough text to tell complaints apart
 * (a name of 3 letters, a phone of 9 digits, a full NIK, a subject of 5 letters, a
 * description of 20), so the backend is not asked after every keystroke of a short word.
 */
export function duplicateQuery(v: IntakeFormValues) {
  const name = v.complainant.name.trim();
  const phone = v.complainant.phone.replace(/\D/g, '');
  const nik = v.complainant.nik.replace(/\s/g, '');
  const subject = v.subject.trim();
  const description = v.description.trim();
  const query = {
    complainant: {
      name: name.length >= 3 ? name : '',
      phone: phone.length >= 9 ? v.complainant.phone.trim() : '',
      nik: nik.length === 16 ? nik : '',
    },
    subject: subject.length >= 5 ? subject : '',
    description: description.length >= 20 ? description.slice(0, 2000) : '',
  };
  const empty = !query.complainant.name && !query.complainant.phone && !query.complainant.nik && !query.subject && !query.description;
  return empty ? null : query;
}

/**
 * Likely duplicates of the complaint being typed, asked ~600 ms after the clerk stops
 * typing. A late answer to an older question is dropped, and a failure only empties the
 * panel: suggestions help the clerk, they never block the intake.
 */
export function useDuplicateSuggestions(values: IntakeFormValues) {
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [searching, setSearching] = useState(false);
  const query = duplicateQuery(values);
  const key = query ? JSON.stringify(query) : '';
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!key) {
      setCandidates([]);
      setSearching(false);
      return;
    }
    const timer = setTimeout(async () => {
      setSearching(true);
      const r = await call('complaints.suggestDuplicates', JSON.parse(key) as NonNullable<ReturnType<typeof duplicateQuery>>);
      if (ticket !== latest.current) return;
      setSearching(false);
      setCandidates(r.ok ? r.value : []);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return { candidates, searching };
}
