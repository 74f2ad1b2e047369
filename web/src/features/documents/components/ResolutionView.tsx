// The resolved recipient list (POST /documents/recipients-preview): per group its unit type, parent
// and count, the units named one by one, the distinct total; an empty total is an error.
import { Alert, Collapse, Typography } from 'antd';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useUnitTypes } from '../../../lib/units/get-unit-types';
import type { Resolution } from '../api/preview-recipients';

export function ResolutionView({ resolution }: { resolution: Resolution }) {
  const { t } = useI18n();
  const types = useUnitTypes();
  const typeName = (code: string) => types.data?.types.find((x) => x.code === code)?.name ?? t('doc.groupType');
  return (
    <div className="doc-resolution" aria-live="polite">
      <Typography.Text className="muted">{t('doc.resolutionDate', { date: formatDate(resolution.date) })}</Typography.Text>
      <ul>
        {resolution.groups.map((g, i) => (
          <li key={i}>
            {g.type
              ? t('doc.resolutionGroup', { type: typeName(g.type), under: g.under_name, count: g.units.length })
              : t('doc.resolutionAllUnder', { under: g.under_name, count: g.units.length })}
          </li>
        ))}
        {resolution.named.length > 0 && <li>{t('doc.resolutionNamed', { count: resolution.named.length })}</li>}
      </ul>
      <Typography.Text strong>{t('doc.resolutionTotal', { total: resolution.total })}</Typography.Text>
      {resolution.total === 0 ? (
        <Alert className="form-alert" type="error" showIcon title={t('doc.resolutionEmpty')} />
      ) : (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'units',
              label: t('doc.resolutionShow', { count: resolution.total }),
              children: (
                <ul className="plain-list">
                  {resolution.units.map((u) => (
                    <li key={u.id}>{u.name}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
