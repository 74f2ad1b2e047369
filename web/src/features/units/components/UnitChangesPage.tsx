// /to-chuc/thay-doi: what changed in the organisation between two dates (by default 31/12/2024 and
// 31/12/2025, the 2025 reform): counts, then collapsible groups — units that ended, started, were
// renamed or moved, and the events in between by kind — each a paged list linking to unit cards.
// The dates live in the URL (?tu=…&den=…) so a view can be shared.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, DatePicker, Empty, Flex, Input, Pagination, Skeleton, Typography } from 'antd';
import '../units.css';
import dayjs from 'dayjs';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, formatDate, isIsoDate } from '../../../lib/dates';
import { foldedIncludes } from '../../../lib/fold';
import { labelFor, useI18n, type MessageKey } from '../../../lib/i18n';
import type { UnitEvent } from '../../../lib/units/model';
import { useUnitTypes } from '../../../lib/units/get-unit-types';
import { orgPath, unitCardPath } from '../../../lib/units/use-view-date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useUnitChanges, type UnitChange } from '../api/get-unit-changes';
import { EventItem } from './EventItem';

const DEFAULT_FROM = '2024-12-31';
const DEFAULT_TO = '2025-12-31';
const PAGE_SIZE = 20;

type UnitGroup = 'ended' | 'started' | 'renamed' | 'moved';
const UNIT_GROUPS: UnitGroup[] = ['ended', 'started', 'renamed', 'moved'];
const EVENT_KINDS = ['merge', 'split', 'dissolve', 'rename', 'move', 'create'] as const;

/** The two dates from the URL, in order; the defaults when absent or invalid. */
function useRange(): [string, string, (from: string, to: string) => void] {
  const [params, setParams] = useSearchParams();
  const rawFrom = params.get('tu');
  const rawTo = params.get('den');
  const from = rawFrom && isIsoDate(rawFrom) ? rawFrom : DEFAULT_FROM;
  const to = rawTo && isIsoDate(rawTo) ? rawTo : DEFAULT_TO;
  const set = (f: string, t: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('tu', f <= t ? f : t);
        next.set('den', f <= t ? t : f);
        return next;
      },
      { replace: true },
    );
  return [from <= to ? from : to, from <= to ? to : from, set];
}

/** A list shown a page at a time (the pager only when there is more than one page). */
function PagedList<T>({ items, render, itemKey, label }: { items: T[]; render: (item: T) => ReactNode; itemKey: (item: T) => string | number; label: string }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <>
      <ul className="item-list changes-list" aria-label={label}>
        {shown.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {items.length > PAGE_SIZE && (
        <nav aria-label={t('changes.pages', { label })} className="changes-pager">
          <Pagination
            size="small"
            simple={narrow}
            current={current}
            pageSize={PAGE_SIZE}
            total={items.length}
            showSizeChanger={false}
            onChange={setPage}
            showTotal={narrow ? undefined : (total, [a, b]) => t('changes.range', { a, b, total })}
          />
        </nav>
      )}
    </>
  );
}

function UnitChangeItem({ change, group, from, to, typeName }: { change: UnitChange; group: UnitGroup; from: string; to: string; typeName: (code: string) => string }) {
  const { t } = useI18n();
  const { before, after } = change;
  // An ended unit is shown as it was on the first date, the others as they are on the second.
  const date = group === 'ended' ? from : to;
  const side = group === 'ended' ? before : after;
  const parentLink = (s: typeof before, d: string) =>
    s?.parent_id != null && s.parent_name ? <Link to={unitCardPath(s.parent_id, d)}>{s.parent_name}</Link> : (s?.parent_name ?? t('common.none'));
  return (
    <div className="unit-change">
      <div>
        <Link to={unitCardPath(change.id, date)}>{group === 'renamed' && after ? after.name : change.name}</Link>
      </div>
      <div className="muted">
        {typeName(side?.type ?? change.type)} · {change.code}
      </div>
      {group === 'renamed' && before && after && (
        <div>
          {t('changes.formerName')}: {before.name}
        </div>
      )}
      {before && after && before.type !== after.type && (
        <div>
          {t('unit.type')}: {typeName(before.type)} → {typeName(after.type)}
        </div>
      )}
      {group === 'moved' ? (
        <>
          <div>
            {t('changes.parentBefore', { date: formatDate(from) })}: {parentLink(before, from)}
          </div>
          <div>
            {t('changes.parentAfter', { date: formatDate(to) })}: {parentLink(after, to)}
          </div>
        </>
      ) : (
        <div>
          {t('unit.parent')}: {parentLink(side, date)}
        </div>
      )}
    </div>
  );
}

function eventMatches(e: UnitEvent, q: string): boolean {
  if (!q) return true;
  return (
    foldedIncludes(e.note ?? '', q) ||
    [...e.subjects, ...e.predecessors, ...e.successors].some((u) => foldedIncludes(u.name, q) || foldedIncludes(u.code, q))
  );
}

function unitMatches(c: UnitChange, q: string): boolean {
  if (!q) return true;
  return [c.name, c.code, c.before?.name ?? '', c.after?.name ?? '', c.before?.parent_name ?? '', c.after?.parent_name ?? ''].some((s) => foldedIncludes(s, q));
}

/** What happened in 2025, shown when the range covers part of that year. */
function Reform2025() {
  const { t } = useI18n();
  const steps: MessageKey[] = ['reform.step1', 'reform.step2', 'reform.step3'];
  return (
    <Alert
      type="info"
      showIcon
      className="reform-note"
      title={t('reform.title')}
      description={
        <ul className="reform-steps">
          {steps.map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
        </ul>
      }
    />
  );
}

export default function UnitChangesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('changes.title'));
  const [from, to, setRange] = useRange();
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const changes = useUnitChanges(from, to);
  const types = useUnitTypes();
  const [open, setOpen] = useState<string[]>(['event-merge']);

  const typeByCode = useMemo(() => new Map((types.data?.types ?? []).map((ty) => [ty.code, ty.name])), [types.data]);
  const typeName = (code: string) => typeByCode.get(code) ?? code;

  const data = changes.data;
  const filtered = useMemo(() => {
    if (!data) return null;
    const units = Object.fromEntries(UNIT_GROUPS.map((g) => [g, data[g].filter((c) => unitMatches(c, q))])) as Record<UnitGroup, UnitChange[]>;
    const events = Object.fromEntries(EVENT_KINDS.map((k) => [k, data.events.filter((e) => e.kind === k && eventMatches(e, q))])) as Record<
      (typeof EVENT_KINDS)[number],
      UnitEvent[]
    >;
    return { units, events };
  }, [data, q]);

  const isDefault = from === DEFAULT_FROM && to === DEFAULT_TO;
  const covers2025 = from < '2025-12-31' && to >= '2025-01-01';

  const counts: { key: string; count: number; label: MessageKey }[] = data
    ? [
        { key: 'unit-ended', count: data.counts.ended, label: 'changes.count.ended' },
        { key: 'unit-started', count: data.counts.started, label: 'changes.count.started' },
        { key: 'event-merge', count: data.counts.events_by_kind.merge ?? 0, label: 'changes.count.merge' },
        { key: 'event-split', count: data.counts.events_by_kind.split ?? 0, label: 'changes.count.split' },
        { key: 'event-dissolve', count: data.counts.events_by_kind.dissolve ?? 0, label: 'changes.count.dissolve' },
        { key: 'unit-renamed', count: data.counts.renamed, label: 'changes.count.renamed' },
        { key: 'unit-moved', count: data.counts.moved, label: 'changes.count.moved' },
      ]
    : [];

  const openGroup = (key: string) => {
    setOpen((o) => (o.includes(key) ? o : [...o, key]));
    requestAnimationFrame(() => document.getElementById(`group-${key}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };

  const groupLabel = (text: string, count: number, shown: number) => (
    <span>
      {text} <span className="changes-count">({q && shown !== count ? t('changes.shownOf', { shown, count }) : count})</span>
    </span>
  );

  const unitItems = filtered
    ? UNIT_GROUPS.map((g) => ({
        key: `unit-${g}`,
        label: groupLabel(t(`changes.group.${g}`), data?.counts[g] ?? 0, filtered.units[g].length),
        children:
          filtered.units[g].length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('changes.none')} />
          ) : (
            <PagedList
              items={filtered.units[g]}
              itemKey={(c) => c.id}
              label={t(`changes.group.${g}`)}
              render={(c) => <UnitChangeItem change={c} group={g} from={from} to={to} typeName={typeName} />}
            />
          ),
      }))
    : [];

  const eventItems = filtered
    ? EVENT_KINDS.filter((k) => (data?.counts.events_by_kind[k] ?? 0) > 0).map((k) => ({
        key: `event-${k}`,
        label: groupLabel(labelFor(t, 'event', k), data?.counts.events_by_kind[k] ?? 0, filtered.events[k].length),
        children:
          filtered.events[k].length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('changes.none')} />
          ) : (
            <PagedList items={filtered.events[k]} itemKey={(e) => e.id} label={labelFor(t, 'event', k)} render={(e) => <EventItem event={e} showSource />} />
          ),
      }))
    : [];

  const withAnchors = (items: { key: string; label: ReactNode; children: ReactNode }[]) =>
    items.map((it) => ({ ...it, label: <span id={`group-${it.key}`}>{it.label}</span> }));

  return (
    <>
      <PageHeader title={t('changes.title')} description={t('changes.description')} />

      <section aria-label={t('changes.filters')} className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="changes-from" className="field-label">
            {t('changes.from')}
          </label>
          <DatePicker
            id="changes-from"
            format={DISPLAY_DATE_FORMAT}
            value={dayjs(from)}
            allowClear={false}
            onChange={(d) => d && setRange(d.format('YYYY-MM-DD'), to)}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="changes-to" className="field-label">
            {t('changes.to')}
          </label>
          <DatePicker id="changes-to" format={DISPLAY_DATE_FORMAT} value={dayjs(to)} allowClear={false} onChange={(d) => d && setRange(from, d.format('YYYY-MM-DD'))} />
        </div>
        <div className="toolbar-field">
          <span className="field-label" id="changes-quick-label">
            {t('org.quickDates')}
          </span>
          <Flex gap={8} wrap role="group" aria-labelledby="changes-quick-label">
            <Button onClick={() => setRange(DEFAULT_FROM, DEFAULT_TO)} type={isDefault ? 'primary' : 'default'} aria-pressed={isDefault}>
              {t('changes.quick2025')}
            </Button>
          </Flex>
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="changes-search" className="field-label">
            {t('changes.search')}
          </label>
          <Input
            id="changes-search"
            type="search"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('org.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </section>

      {changes.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {changes.isError && <ErrorAlert error={changes.error} className="form-alert" />}
      {changes.isError && (
        <Button onClick={() => changes.refetch()} className="form-alert">
          {t('common.retry')}
        </Button>
      )}

      {data && filtered && (
        <>
          <section aria-labelledby="changes-summary-title" className="page-section">
            <Typography.Title level={2} id="changes-summary-title" className="section-title">
              {t('changes.summaryTitle', { from: formatDate(from), to: formatDate(to) })}
            </Typography.Title>
            <ul className="change-counts">
              {counts.map((c) => (
                <li key={c.key} className="change-count">
                  <button type="button" className="change-count-button" onClick={() => openGroup(c.key)} data-group={c.key}>
                    <span className="change-count-number">{c.count.toLocaleString('vi-VN')}</span>
                    <span className="change-count-label">{t(c.label)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <Typography.Paragraph className="muted">
              {t('changes.viewTrees')} <Link to={orgPath(from)}>{t('changes.treeOn', { date: formatDate(from) })}</Link> ·{' '}
              <Link to={orgPath(to)}>{t('changes.treeOn', { date: formatDate(to) })}</Link>
            </Typography.Paragraph>
            {covers2025 && <Reform2025 />}
          </section>

          <section aria-labelledby="changes-units-title" className="page-section">
            <Typography.Title level={2} id="changes-units-title" className="section-title">
              {t('changes.unitsTitle')}
            </Typography.Title>
            <Collapse items={withAnchors(unitItems)} activeKey={open} onChange={(k) => setOpen((o) => [...o.filter((x) => !x.startsWith('unit-')), ...k])} className="changes-groups" />
          </section>

          <section aria-labelledby="changes-events-title" className="page-section">
            <Typography.Title level={2} id="changes-events-title" className="section-title">
              {t('changes.eventsTitle', { count: data.counts.events })}
            </Typography.Title>
            {eventItems.length === 0 ? (
              <Empty description={t('changes.noEvents')} />
            ) : (
              <Collapse items={withAnchors(eventItems)} activeKey={open} onChange={(k) => setOpen((o) => [...o.filter((x) => !x.startsWith('event-')), ...k])} className="changes-groups" />
            )}
          </section>
        </>
      )}
    </>
  );
}
