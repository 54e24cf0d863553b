import { useCallback, useEffect, useState } from 'react';
import type { SopSummary } from '../../../../shared/sop/sop-records';
import type { ActorMappingView } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';

/**
 * How many required actors of each of the office's SOPs are still without a position, for
 * the warning on the list: complaints of such an SOP do not start running. Asked per SOP
 * (an office has a handful), again whenever the list changes (a new version may add an
 * actor); a saved mapping updates its SOP at once.
 */
export function useMappingStatus(sops: SopSummary[] | undefined) {
  const [missing, setMissing] = useState<Record<string, number>>({});
  // The list's versions are the dependency: a new version of one SOP may bring a new actor.
  const key = sops?.map((s) => `${s.code}:${s.latestVersion}`).join('|') ?? '';

  useEffect(() => {
    let live = true;
    const codes = key ? key.split('|').map((k) => k.slice(0, k.lastIndexOf(':'))) : [];
    void Promise.all(codes.map((code) => call('workflow.actorMapping', { code }))).then((results) => {
      if (!live) return;
      const next: Record<string, number> = {};
      results.forEach((r, i) => {
        if (r.ok) next[codes[i]!] = r.value.missing.length;
      });
      setMissing(next);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const update = useCallback((view: ActorMappingView) => setMissing((m) => ({ ...m, [view.code]: view.missing.length })), []);
  return { missing, update };
}
