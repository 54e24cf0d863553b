import { useCallback, useEffect, useState } from 'react';
import type { TrayBox, TrayPage } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';

export interface TrayFilter {
  box: TrayBox;
  positionId: number | null;
  unreadOnly: boolean;
  overdueOnly: boolean;
  page: number;
}

export const TRAY_PAGE_SIZE = 50;

/** One page of the signed-in user's tray, fetched again on `refresh()` after every action. */
export function useTray(filter: TrayFilter) {
  const [page, setPage] = useState<TrayPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const { box, positionId, unreadOnly, overdueOnly, page: pageNo } = filter;

  useEffect(() => {
    let alive = true;
    void (async () => {
      const r = await call('workflow.tray', {
        box,
        ...(positionId === null ? {} : { positionId }),
        unreadOnly,
        overdueOnly,
        page: pageNo,
        pageSize: TRAY_PAGE_SIZE,
      });
      if (!alive) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setPage(r.value);
    })();
    return () => {
      alive = false;
    };
  }, [box, positionId, unreadOnly, overdueOnly, pageNo, revision]);

  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  return { page, error, refresh };
}
