import { useCallback, useEffect, useState } from 'react';
import type { LetterKind, LetterListRow } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { useNavigation } from '../../app/navigation';

/**
 * The letters of one complaint, and the two things done from a complaint: open one, or
 * create the draft of a kind (filled in from the complaint by the backend) and open it.
 */
export function useComplaintLetters(complaintId: number) {
  const { navigate } = useNavigation();
  const [letters, setLetters] = useState<LetterListRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    void call('letters.list', { box: 'semua', complaintId, query: '', offset: 0, limit: 50 }).then((r) => {
      if (!alive) return;
      if (r.ok) setLetters(r.value.rows);
      else setFailure(r.error.message);
    });
    return () => {
      alive = false;
    };
  }, [complaintId]);

  /** The live letter of a kind (not cancelled), newest first. */
  const current = useCallback((kind: LetterKind) => letters?.find((l) => l.kind === kind && l.state !== 'dibatalkan') ?? null, [letters]);

  const open = useCallback((id: number) => navigate('surat', { letterId: id }), [navigate]);

  const create = useCallback(
    async (kind: LetterKind) => {
      setBusy(true);
      setFailure(null);
      const r = await call('letters.create', { complaintId, kind });
      setBusy(false);
      if (!r.ok) return setFailure(r.error.message);
      open(r.value.id);
    },
    [complaintId, open],
  );

  return { letters, current, open, create, busy, failure };
}
