// The "as of" date of the organisation screens, kept in the URL (?ngay=YYYY-MM-DD) so a view can
// be shared; today (in Vietnam) when absent or invalid.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayIso } from '../dates';

export const DATE_PARAM = 'ngay';

export function useViewDate(): [string, (date: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(DATE_PARAM);
  const date = raw && isIsoDate(raw) ? raw : todayIso();
  const setDate = useCallback(
    (d: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(DATE_PARAM, d);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [date, setDate];
}

/** Link to a unit's card on the organisation screen, keeping the date. */
export function unitCardPath(id: number, date: string): string {
  return `/to-chuc/${id}?${DATE_PARAM}=${date}`;
}

export function orgPath(date: string): string {
  return `/to-chuc?${DATE_PARAM}=${date}`;
}
