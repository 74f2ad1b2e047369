// Badges for the data-quality flags of a unit or an event ("demo" → "Minh họa", "unverified" →
// "Chưa xác minh"), each with a tooltip saying what it means for the reader; unknown flags show
// their code. `focusable` lets keyboard users reach the tooltip (not inside tree nodes, which are
// focusable themselves).
import { Tag, Tooltip } from 'antd';
import { tagColors } from '../../../lib/theme';
import { hasMessage, labelFor, useI18n } from '../../../lib/i18n';

const COLORS: Record<string, string> = { demo: tagColors.purple, unverified: tagColors.orange };

export function UnitFlags({ flags, focusable = false }: { flags: readonly string[]; focusable?: boolean }) {
  const { t } = useI18n();
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((f) => {
        const helpKey = `flagHelp.${f}`;
        const tag = (
          <Tag key={f} color={COLORS[f] ?? tagColors.grey} className="unit-flag" tabIndex={focusable ? 0 : undefined}>
            {labelFor(t, 'flag', f)}
          </Tag>
        );
        return hasMessage(helpKey) ? (
          <Tooltip key={f} title={t(helpKey)}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </>
  );
}
