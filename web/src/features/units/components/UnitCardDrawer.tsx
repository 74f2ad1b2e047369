// The unit card (child route of /to-chuc): details, what the unit corresponds to on the chosen
// date, the versions of its name and parent, its succession events with links, and its documents
// (`documents`: the files feature's list, put in by src/app/routes.tsx).
import { Descriptions, Drawer, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import '../units.css';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { tagColors } from '../../../lib/theme';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, todayIso } from '../../../lib/dates';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { pathToUnit } from '../../../lib/units/tree';
import { hasMessage, periodText, useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useUnit } from '../api/get-unit';
import { useUnitHistory } from '../api/get-unit-history';
import { useUnitSuccessors } from '../api/get-unit-successors';
import type { UnitDetail } from '../../../lib/units/model';
import { useUnitForest } from '../../../lib/units/use-unit-forest';
import { orgPath, unitCardPath, useViewDate } from '../../../lib/units/use-view-date';
import { EventItem } from './EventItem';
import { provenanceParts, ProvenanceList } from './Provenance';
import { UnitFlags } from './UnitFlags';

function isValidOn(unit: { valid_from: string | null; valid_to: string | null }, date: string): boolean {
  return (!unit.valid_from || unit.valid_from <= date) && (!unit.valid_to || unit.valid_to >= date);
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card-section">
      <Typography.Title level={3} id={id} className="card-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function Details({ unit, date }: { unit: UnitDetail; date: string }) {
  const { t } = useI18n();
  const { typeByCode, forest } = useUnitForest(date);
  const none = <span className="muted">{t('common.noData')}</span>;
  const current = unit.versions.find((v) => isValidOn(v, date)) ?? unit.versions[unit.versions.length - 1];
  const parentName =
    (unit.parent_id !== null ? forest?.byId.get(unit.parent_id)?.unit.name : undefined) ?? current?.parent_name ?? null;
  const coords = unit.latitude !== null && unit.longitude !== null ? `${unit.latitude}, ${unit.longitude}` : null;

  const items = [
    { key: 'code', label: t('unit.code'), children: unit.code },
    { key: 'short', label: t('unit.shortName'), children: unit.short_name ?? none },
    { key: 'type', label: t('unit.type'), children: typeByCode.get(unit.type)?.name ?? unit.type },
    {
      key: 'parent',
      label: t('unit.parent'),
      children:
        unit.parent_id !== null && parentName ? <Link to={unitCardPath(unit.parent_id, date)}>{parentName}</Link> : parentName ?? none,
    },
    { key: 'validity', label: t('unit.validity'), children: periodText(t, unit.valid_from, unit.valid_to) },
    { key: 'address', label: t('unit.address'), children: unit.address ?? none },
    { key: 'phone', label: t('unit.phone'), children: unit.phone ?? none },
    { key: 'email', label: t('unit.email'), children: unit.email ?? none },
    { key: 'coords', label: t('unit.coordinates'), children: coords ?? none },
    { key: 'source', label: t('unit.source'), children: unit.source ?? none },
    { key: 'note', label: t('unit.note'), children: unit.note ?? none },
  ];
  return <Descriptions size="small" bordered column={1} items={items} className="unit-details" />;
}

function Successors({ unitId, date }: { unitId: number; date: string }) {
  const { t } = useI18n();
  const successors = useUnitSuccessors(unitId, date);
  if (successors.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (successors.isError) return <ErrorAlert error={successors.error} />;
  const units = successors.data.units;
  if (units.length === 1 && units[0].id === unitId) return <Typography.Paragraph>{t('unit.selfValid', { date: formatDate(date) })}</Typography.Paragraph>;
  if (units.length === 0) return <Typography.Paragraph className="muted">{t('unit.noSuccessors', { date: formatDate(date) })}</Typography.Paragraph>;
  return (
    <ul className="item-list">
      {units.map((u) => (
        <li key={u.id}>
          <Link to={unitCardPath(u.id, date)}>{u.name}</Link> <span className="muted">({u.code})</span> <UnitFlags flags={u.flags} focusable />
        </li>
      ))}
    </ul>
  );
}

function Versions({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const { typeByCode } = useUnitForest(null);
  if (unit.versions.length === 0) return <Empty description={t('unit.noVersions')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const versions = [...unit.versions].sort((a, b) => (b.valid_from ?? '').localeCompare(a.valid_from ?? ''));
  return (
    <ul className="item-list version-list">
      {versions.map((v, i) => (
        <li key={`${v.valid_from}-${i}`}>
          <div className="version-period">{periodText(t, v.valid_from, v.valid_to)}</div>
          <div>
            <strong>{v.name}</strong>
            {v.short_name ? <span className="muted"> ({v.short_name})</span> : null}
          </div>
          <div className="muted">
            {typeByCode.get(v.type)?.name ?? v.type}
            {' · '}
            {t('unit.parent')}: {v.parent_name ?? t('common.none')}
          </div>
        </li>
      ))}
    </ul>
  );
}

function History({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const history = useUnitHistory(unitId);
  if (history.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.events.length === 0) return <Empty description={t('unit.noEvents')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const events = [...history.data.events].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  return (
    <Timeline
      className="unit-events"
      items={events.map((e) => ({ key: e.id, content: <EventItem event={e} showSource /> }))}
    />
  );
}

export default function UnitCardDrawer({ documents }: { documents: (unitId: number) => ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const narrow = useIsNarrow();
  const { unitId } = useParams();
  const [date] = useViewDate();
  const id = unitId && /^\d+$/.test(unitId) ? Number(unitId) : null;
  const unit = useUnit(id);
  // A unit's documents are readable by the users of that unit and of the units above it today
  // (the server's rule): the card asks for them only then, instead of showing a refusal.
  const me = useCurrentUser();
  const today = useUnitForest(todayIso());
  const readsDocuments = id !== null && today.forest !== null && pathToUnit(today.forest, id).includes(me.unit_id);

  const title = unit.data ? unit.data.unit.name : t('unit.card');
  const close = () => navigate(orgPath(date));

  return (
    <Drawer
      open
      onClose={close}
      size={narrow ? '100%' : 720}
      title={
        <Typography.Title level={2} className="drawer-title">
          {title}
        </Typography.Title>
      }
      className="unit-drawer"
      destroyOnHidden
    >
      {id === null && <Empty description={t('unit.notFound')} />}
      {unit.isPending && id !== null && <Skeleton active paragraph={{ rows: 8 }} />}
      {unit.isError && <ErrorAlert error={unit.error} />}
      {unit.data && id !== null && (
        <>
          <div className="unit-card-status">
            {isValidOn(unit.data.unit, date) ? (
              <Tag color={tagColors.green}>{t('unit.validOn', { date: formatDate(date) })}</Tag>
            ) : (
              <Tag color={tagColors.grey}>{t('unit.notValidOn', { date: formatDate(date) })}</Tag>
            )}
            <UnitFlags flags={unit.data.unit.flags} focusable />
          </div>
          {unit.data.unit.flags.length > 0 && (
            <ul className="unit-flag-help">
              {unit.data.unit.flags.map((f) => {
                const key = `flagHelp.${f}`;
                return hasMessage(key) ? <li key={f}>{t(key)}</li> : null;
              })}
            </ul>
          )}
          <Section id="unit-details-title" title={t('unit.details')}>
            <Details unit={unit.data.unit} date={date} />
          </Section>
          {provenanceParts(unit.data.unit.provenance).length > 0 && (
            <Section id="unit-provenance-title" title={t('provenance.title')}>
              <Typography.Paragraph className="muted">{t('provenance.help')}</Typography.Paragraph>
              <ProvenanceList text={unit.data.unit.provenance} />
            </Section>
          )}
          <Section id="unit-successors-title" title={t('unit.successorsOn', { date: formatDate(date) })}>
            <Successors unitId={id} date={date} />
          </Section>
          <Section id="unit-versions-title" title={t('unit.versions')}>
            <Versions unit={unit.data.unit} />
          </Section>
          <Section id="unit-history-title" title={t('unit.history')}>
            <History unitId={id} />
          </Section>
          {readsDocuments && (
            <Section id="unit-documents-title" title={t('files.title')}>
              {documents(id)}
            </Section>
          )}
        </>
      )}
    </Drawer>
  );
}
