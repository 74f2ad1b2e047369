// A comma-separated list of links to unit cards, "(một phần)" after partial successions.
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import type { UnitRef } from '../../../lib/units/model';
import { unitCardPath } from '../../../lib/units/use-view-date';

export function UnitLinks({ units, date }: { units: readonly UnitRef[]; date: string }) {
  const { t } = useI18n();
  return (
    <>
      {units.map((u, i) => (
        <span key={`${u.id}-${i}`}>
          {i > 0 && ', '}
          <Link to={unitCardPath(u.id, date)}>{u.name}</Link>
          {u.partial && <span className="muted"> ({t('event.partial')})</span>}
        </span>
      ))}
    </>
  );
}
