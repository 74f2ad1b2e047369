// The school year of a student screen: ?nam= in the address (so links and reloads keep it), else
// today's school year when known, else the latest known one.
import { useSearchParams } from 'react-router';
import { useSchoolYears } from '../../../lib/school-years/list-school-years';
import { currentSchoolYear } from '../../../lib/school-years/school-year';

export const YEAR_PARAM = 'nam';

export function useYear(): { year: string; options: string[]; setYear: (y: string) => void } {
  const [params, setParams] = useSearchParams();
  const years = useSchoolYears();
  const codes = (years.data?.school_years ?? []).map((y) => y.code);
  const chosen = params.get(YEAR_PARAM);
  const year = chosen ?? (years.isPending ? '' : currentSchoolYear(codes));
  const options = [...new Set([...codes, year].filter(Boolean))].sort().reverse();
  const setYear = (y: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(YEAR_PARAM, y);
        return next;
      },
      { replace: true },
    );
  return { year, options, setYear };
}
