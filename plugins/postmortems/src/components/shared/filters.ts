import { useCallback, useEffect, useMemo } from 'react';
import {
  NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
  useSearchParams,
} from 'react-router-dom';
import { DateTime } from 'luxon';
import type { PostmortemsListRequest } from '@readiness/plugin-postmortems-common';

/** Incident periods offered; `custom` reads `from` and `to`. */
export const PERIODS = [
  { value: 'all', label: 'All time' },
  { value: '3m', label: 'Last 3 months' },
  { value: '6m', label: 'Last 6 months' },
  { value: '12m', label: 'Last 12 months' },
  { value: 'this-year', label: 'This year' },
  { value: 'last-year', label: 'Last year' },
  { value: 'custom', label: 'Custom' },
] as const;

export type Period = (typeof PERIODS)[number]['value'];

/** The first and last day of a period, counted back from `today` (YYYY-MM-DD). */
export function periodDays(
  period: Period,
  today: string,
  custom: { from?: string; to?: string } = {},
): { from?: string; to?: string } {
  const day = DateTime.fromISO(today, { zone: 'utc' });
  const iso = (date: DateTime) => date.toISODate()!;
  switch (period) {
    case '3m':
    case '6m':
    case '12m':
      return {
        from: iso(day.minus({ months: Number(period.slice(0, -1)) })),
        to: today,
      };
    case 'this-year':
      return { from: iso(day.startOf('year')), to: today };
    case 'last-year': {
      const last = day.minus({ years: 1 });
      return { from: iso(last.startOf('year')), to: iso(last.endOf('year')) };
    }
    case 'custom':
      return custom;
    default:
      return {};
  }
}

/**
 * Filters, search and period kept in the page's address, so a filtered view can be shared and
 * entity pages can link to one: `?squad=group:default/x&severity=high&period=12m&q=ach`.
 */
export function useUrlFilters(fields: readonly string[], today: string) {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => {
    const chosen: Record<string, string[]> = {};
    for (const field of fields) {
      const values = params.getAll(field);
      if (values.length) chosen[field] = values;
    }
    return chosen;
  }, [params, fields]);
  const period = (params.get('period') ?? 'all') as Period;
  const q = params.get('q') ?? '';
  const custom = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const { from, to } = periodDays(period, today, custom);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        current => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const request: PostmortemsListRequest = useMemo(
    () => ({ filters, q: q || undefined, from, to }),
    [filters, q, from, to],
  );

  return {
    request,
    filters,
    period,
    q,
    custom,
    setFilter: (field: string, values: string[]) =>
      update(next => {
        next.delete(field);
        for (const value of values) next.append(field, value);
      }),
    setPeriod: (value: Period, days: { from?: string; to?: string } = {}) =>
      update(next => {
        next.set('period', value);
        next.delete('from');
        next.delete('to');
        if (value === 'custom') {
          if (days.from) next.set('from', days.from);
          if (days.to) next.set('to', days.to);
        }
      }),
    setQ: (value: string) =>
      update(next => (value ? next.set('q', value) : next.delete('q'))),
  };
}

/** A view's filters, period and search as read from and written to the address. */
export type UrlFilters = ReturnType<typeof useUrlFilters>;

/**
 * The query a view opens with when the library's and the analytics' filters are kept between
 * them: a view opened by a link with no query of its own (a tab) takes the filters last set on
 * either; back and forward, and any query in the address, are left as they are.
 */
export function searchOnArrival(
  arrival: { search: string; navigationType: NavigationType },
  kept: string,
): string {
  if (arrival.search || arrival.navigationType !== NavigationType.Push) {
    return arrival.search;
  }
  return kept;
}

// The filters last set on the library or the analytics tab, in this browser tab.
let keptSearch = '';

/**
 * Keeps the filters when switching between the library and the analytics tabs: each view
 * remembers its query, and a view opened from the other's tab takes it into its own address
 * (replacing the entry, so back returns to the tab before).
 */
export function useFiltersKeptAcrossTabs() {
  const { search } = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  useEffect(() => {
    const wanted = searchOnArrival({ search, navigationType }, keptSearch);
    keptSearch = wanted;
    if (wanted !== search) navigate({ search: wanted }, { replace: true });
  }, [search, navigationType, navigate]);
}
