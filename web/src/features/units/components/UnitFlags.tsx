// Tags for a unit's data-quality flags ("demo", "unverified"); unknown flags show their code.
import { Tag } from 'antd';
import { tagColors } from '../../../lib/theme';
import { labelFor, useI18n } from '../../../lib/i18n';

const COLORS: Record<string, string> = { demo: tagColors.purple, unverified: tagColors.orange };

export function UnitFlags({ flags }: { flags: readonly string[] }) {
  const { t } = useI18n();
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((f) => (
        <Tag key={f} color={COLORS[f] ?? tagColors.grey} className="unit-flag">
          {labelFor(t, 'flag', f)}
        </Tag>
      ))}
    </>
  );
}
