import { useCallback, useEffect, useState } from 'react';
import type { LetterListPage } from '../../../../shared/letters/letter-records';
import { LETTER_LIST_BOXES, type LetterListBox } from '../../../../shared/letters/letter-schemas';
import { call } from '../../api/client';

export const LETTER_PAGE_SIZE = 50;

export type BoxCounts = Record<LetterListBox, number | null>;

/**
 * The letters of one box (search applied) and the count of every box, fetched again on
 * `refresh()`. The counts follow the search too, so the tabs say where the matches are.
 */
export function useLetterList(box: LetterListBox, query: string, offset: number) {
  const [page, setPage] = useState<LetterListPage | null>(null);
  const [counts, setCounts] = useState<BoxCounts>(() => Object.fromEntries(LETTER_LIST_BOXES.map((b) => [b, null])) as BoxCounts);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const r = await call('letters.list', { box, query, offset, limit: LETTER_PAGE_SIZE });
      if (!alive) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setPage(r.value);
    })();
    return () => {
      alive = false;
    };
  }, [box, query, offset, revision]);

  useEffect(() => {
    let alive = true;
    void Promise.all(LETTER_LIST_BOXES.map((b) => call('letters.list', { box: b, query, offset: 0, limit: 1 }))).then((results) => {
      if (!alive) return;
      setCounts(Object.fromEntries(LETTER_LIST_BOXES.map((b, i) => { const r = results[i]; return [b, r?.ok ? r.value.total : null]; })) as BoxCounts);
    });
    return () => {
      alive = false;
    };
  }, [query, revision]);

  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  return { page, counts, error, refresh };
}
