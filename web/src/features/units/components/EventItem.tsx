// One registry event: date, kind, flags, the units it concerns (each linked to its card), the
// note, the legal basis and — for those who may edit the registry — the provenance. Units before
// the event link to their card as of the day before, units after it as of the event date.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { addDays, formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { tagColors } from '../../../lib/theme';
import type { UnitEvent } from '../../../lib/units/model';
import { EventProvenance } from './Provenance';
import { UnitFlags } from './UnitFlags';
import { UnitLinks } from './UnitLinks';

export const EVENT_COLORS: Record<string, string> = {
  create: tagColors.green,
  rename: tagColors.blue,
  move: tagColors.teal,
  merge: tagColors.purple,
  split: tagColors.orange,
  dissolve: tagColors.red,
};

interface EventItemProps {
  event: UnitEvent;
  /** Show the legal basis (source). */
  showSource?: boolean;
  /** Buttons after the event (e.g. "Xác minh"). */
  actions?: ReactNode;
}

export function EventItem({ event, showSource = false, actions }: EventItemProps) {
  const { t } = useI18n();
  const before = addDays(event.date, -1);
  return (
    <div className="unit-event">
      <div>
        <strong>{formatDate(event.date)}</strong> <Tag color={EVENT_COLORS[event.kind] ?? tagColors.grey}>{labelFor(t, 'event', event.kind)}</Tag>
        <UnitFlags flags={event.flags} focusable />
      </div>
      {event.subjects.length > 0 && (
        <div>
          {t('event.subjects')}: <UnitLinks units={event.subjects} date={event.date} />
        </div>
      )}
      {event.predecessors.length > 0 && (
        <div>
          {t('event.from')}: <UnitLinks units={event.predecessors} date={before} />
        </div>
      )}
      {event.successors.length > 0 && (
        <div>
          {t('event.to')}: <UnitLinks units={event.successors} date={event.date} />
        </div>
      )}
      {event.note && <div className="event-note">{event.note}</div>}
      {showSource && (
        <div>
          <span className="field-label">{t('event.source')}:</span> {event.source ?? <span className="muted">{t('event.noSource')}</span>}
        </div>
      )}
      <EventProvenance text={event.provenance} />
      {actions && <div className="event-actions">{actions}</div>}
    </div>
  );
}
