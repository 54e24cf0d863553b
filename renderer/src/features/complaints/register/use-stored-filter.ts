import { useEffect, useState } from 'react';
import { z } from 'zod';
import { complaintFilterSchema, type ComplaintFilterInput } from '../../../../../shared/complaints/complaint-schemas';
import { dateRangeSchema } from '../../../../../shared/guests/guest-schemas';

const STORAGE_KEY = 'meja.register.filter';

/**
 * The register's filter as the clerk set it: the call's filter fields, with the date range
 * as two free fields so a half-typed range is kept (and only applied once it is valid).
 */
const storedFilterSchema = complaintFilterSchema.omit({ range: true }).extend({
  from: z.string().max(10).default(''),
  to: z.string().max(10).default(''),
});
export type RegisterFilterState = z.output<typeof storedFilterSchema>;

export const EMPTY_FILTER: RegisterFilterState = storedFilterSchema.parse({});

/** Reads the filter left on this PC; anything unreadable (an older version, a hand edit) falls back to no filter. */
function readStored(): RegisterFilterState {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return EMPTY_FILTER;
    const parsed = storedFilterSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_FILTER;
  } catch {
    return EMPTY_FILTER;
  }
}

/**
 * The register's filter, kept per PC (local storage): a clerk who comes back to the
 * register after lunch finds the same view.
 */
export function useStoredFilter(): [RegisterFilterState, (next: RegisterFilterState) => void] {
  const [filter, setFilter] = useState<RegisterFilterState>(readStored);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(filter));
    } catch {
      // A full or disabled storage only costs the remembered filter, not the screen.
    }
  }, [filter]);
  return [filter, setFilter];
}

/** The date range the filter asks for, with the rule for a half-filled range; errors per field. */
export function rangeOf(state: Pick<RegisterFilterState, 'from' | 'to'>, today: string) {
  if (state.from === '' && state.to === '') return { range: undefined, errors: {} as Record<string, string> };
  // "From" alone means "from then until today"; "to" alone means that one day.
  const range = { from: state.from || state.to, to: state.to || (state.from > today ? state.from : today) };
  const parsed = dateRangeSchema.safeParse(range);
  if (parsed.success) return { range, errors: {} as Record<string, string> };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'to')] ??= issue.message;
  return { range: undefined, errors };
}

/** The call's filter for a stored state; an invalid range is left out (its message is shown instead). */
export function toCallFilter(state: RegisterFilterState, query: string, today: string): ComplaintFilterInput {
  const { from: _from, to: _to, ...rest } = state;
  const { range } = rangeOf(state, today);
  return { ...rest, query, ...(range ? { range } : {}) };
}

/** Whether anything narrows the list (sorting does not). */
export function isFiltered(state: RegisterFilterState): boolean {
  return (
    state.query.trim() !== '' || state.statuses.length > 0 || state.channels.length > 0 || state.kinds.length > 0 ||
    state.categoryIds.length > 0 || state.privacy.length > 0 || state.unit.trim() !== '' || state.from !== '' ||
    state.to !== '' || state.overdueOnly
  );
}
