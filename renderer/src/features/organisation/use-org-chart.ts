import { useCallback, useEffect, useState } from 'react';
import type { AccountSummary } from '../../../../shared/accounts/account';
import type { OrgChart } from '../../../../shared/organisation/organisation';
import { call } from '../../api/client';

/** The chart (and, for administrators, the accounts) with a reload after every change. */
export function useOrgChart(isAdmin: boolean) {
  const [chart, setChart] = useState<OrgChart | null>(null);
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const [c, a] = await Promise.all([call('organisation.chart', {}), isAdmin ? call('accounts.list', {}) : Promise.resolve(null)]);
    if (!c.ok) return setError(c.error.message);
    setChart(c.value);
    if (a && a.ok) setAccounts(a.value);
  }, [isAdmin]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { chart, accounts, error, reload };
}
