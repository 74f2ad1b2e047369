// /to-chuc (and /to-chuc/:unitId with the unit card open): the organisation as of a date, one
// tree per side (education, police, other), filtered accent-insensitively as you type; the server
// search adds units that match but are not valid on that date.
import { DiffOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Input, Skeleton, Tree, Typography } from 'antd';
import '../units.css';
import type { DataNode } from 'antd/es/tree';
import dayjs from 'dayjs';
import { useDeferredValue, useMemo, useState, type Key } from 'react';
import { Link, Outlet, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, formatDate, todayIso } from '../../../lib/dates';
import { periodText, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSearchUnits } from '../api/search-units';
import { filterTree, pathToUnit, type UnitTreeNode } from '../../../lib/units/tree';
import type { UnitSide, UnitType } from '../../../lib/units/model';
import { useUnitForest } from '../../../lib/units/use-unit-forest';
import { unitCardPath, useViewDate } from '../../../lib/units/use-view-date';
import { UnitFlags } from './UnitFlags';

const QUICK_DATES = ['2024-12-31', '2025-12-31'];
const SIDES: UnitSide[] = ['education', 'police', 'other'];

function UnitTitle({ node, typeName }: { node: UnitTreeNode; typeName: string }) {
  return (
    <span className="unit-title">
      <span className="unit-name">{node.unit.name}</span>
      <UnitFlags flags={node.unit.flags} />
      <span className="unit-meta">
        {typeName} · {node.unit.code}
      </span>
    </span>
  );
}

function toTreeData(nodes: UnitTreeNode[], typeByCode: Map<string, UnitType>): DataNode[] {
  return nodes.map((n) => ({
    key: n.unit.id,
    title: <UnitTitle node={n} typeName={typeByCode.get(n.unit.type)?.name ?? n.unit.type} />,
    children: n.children.length ? toTreeData(n.children, typeByCode) : undefined,
    isLeaf: n.children.length === 0,
  }));
}

export default function OrgBrowserPage() {
  const { t } = useI18n();
  useDocumentTitle(t('org.title'));
  const navigate = useNavigate();
  const can = useCan();
  const { unitId } = useParams();
  const selectedId = unitId && /^\d+$/.test(unitId) ? Number(unitId) : null;
  const [date, setDate] = useViewDate();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const { forest, typeByCode, isPending, error, refetch } = useUnitForest(date);
  const serverQuery = useDebouncedValue(deferredQuery, 350);
  const search = useSearchUnits(serverQuery);

  const filtered = useMemo(() => {
    if (!forest) return null;
    const bySide = SIDES.map((side) => ({ side, ...filterTree(forest.roots[side], deferredQuery) }));
    const matches = bySide.reduce((acc, s) => acc + s.matchIds.size, 0);
    return { bySide, matches };
  }, [forest, deferredQuery]);

  const treeData = useMemo<DataNode[]>(() => {
    if (!filtered) return [];
    return filtered.bySide
      .filter((s) => s.roots.length > 0)
      .map((s) => ({
        key: `side:${s.side}`,
        title: <strong className="side-title">{t(`side.${s.side}`)}</strong>,
        selectable: false,
        children: toTreeData(s.roots, typeByCode),
      }));
  }, [filtered, typeByCode, t]);

  const groupKeys = useMemo(() => treeData.map((d) => d.key), [treeData]);
  const [expandedKeys, setExpandedKeys] = useState<Key[]>([]);

  // The expanded nodes follow the tree and the open unit. Adjusted while rendering, when what they
  // depend on changed (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes):
  // searching expands the path to every match, clearing the search returns to the top level, and
  // opening a unit (also from a link in its card) reveals it in the tree.
  // Starts as "nothing seen yet", so the first render (perhaps from cached data) expands too.
  const [expandedFor, setExpandedFor] = useState<{ filtered: typeof filtered | undefined; groupKeys: Key[] | undefined; forest: typeof forest | undefined; selectedId: number | null | undefined }>({
    filtered: undefined,
    groupKeys: undefined,
    forest: undefined,
    selectedId: undefined,
  });
  if (expandedFor.filtered !== filtered || expandedFor.groupKeys !== groupKeys || expandedFor.forest !== forest || expandedFor.selectedId !== selectedId) {
    let keys = expandedKeys;
    if (filtered && (expandedFor.filtered !== filtered || expandedFor.groupKeys !== groupKeys)) {
      keys = deferredQuery ? [...groupKeys, ...filtered.bySide.flatMap((s) => s.expandIds)] : groupKeys;
    }
    if (forest && selectedId !== null && (expandedFor.forest !== forest || expandedFor.selectedId !== selectedId)) {
      const path = pathToUnit(forest, selectedId).slice(0, -1);
      if (path.length > 0) {
        const set = new Set<Key>(keys);
        const side = forest.byId.get(path[0])?.side;
        if (side) set.add(`side:${side}`);
        for (const id of path) set.add(id);
        keys = [...set];
      }
    }
    setExpandedFor({ filtered, groupKeys, forest, selectedId });
    if (keys !== expandedKeys) setExpandedKeys(keys);
  }

  const otherPeriods = useMemo(() => {
    if (!forest || !search.data || deferredQuery.length < 2 || serverQuery !== deferredQuery) return [];
    return search.data.units.filter((u) => !forest.byId.has(u.id)).slice(0, 30);
  }, [forest, search.data, deferredQuery, serverQuery]);

  return (
    <>
      <PageHeader
        title={t('org.title')}
        description={t('org.description')}
        extra={
          <Flex gap={8} wrap>
            <Link to="/to-chuc/thay-doi" className="link-button">
              <DiffOutlined aria-hidden /> {t('org.toChanges')}
            </Link>
            {can('edit_registry') && (
              <Link to="/to-chuc/chua-xac-minh" className="link-button">
                <SafetyCertificateOutlined aria-hidden /> {t('org.toUnverified')}
              </Link>
            )}
          </Flex>
        }
      />

      <section aria-label={t('org.filters')} className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="org-date" className="field-label">
            {t('org.date')}
          </label>
          <DatePicker
            id="org-date"
            format={DISPLAY_DATE_FORMAT}
            value={dayjs(date)}
            allowClear={false}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          />
        </div>
        <div className="toolbar-field">
          <span className="field-label" id="org-quick-label">
            {t('org.quickDates')}
          </span>
          <Flex gap={8} wrap role="group" aria-labelledby="org-quick-label">
            {QUICK_DATES.map((d) => (
              <Button key={d} onClick={() => setDate(d)} type={date === d ? 'primary' : 'default'} aria-pressed={date === d}>
                {formatDate(d)}
              </Button>
            ))}
            <Button onClick={() => setDate(todayIso())} type={date === todayIso() ? 'primary' : 'default'} aria-pressed={date === todayIso()}>
              {t('common.today')}
            </Button>
          </Flex>
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="org-search" className="field-label">
            {t('org.search')}
          </label>
          <Input
            id="org-search"
            type="search"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('org.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </section>

      <section aria-labelledby="org-tree-title" className="page-section">
        <Typography.Title level={2} id="org-tree-title" className="section-title">
          {t('org.treeTitle', { date: formatDate(date) })}
        </Typography.Title>
        {isPending && <Skeleton active paragraph={{ rows: 8 }} />}
        {!!error && (
          <ErrorAlert error={error} className="form-alert" />
        )}
        {!!error && (
          <Button onClick={refetch} className="form-alert">
            {t('common.retry')}
          </Button>
        )}
        {forest && filtered && (
          <>
            <Typography.Paragraph className="muted" aria-live="polite">
              {deferredQuery
                ? t('org.matchCount', { count: filtered.matches, date: formatDate(date) })
                : t('org.unitCount', { count: forest.size, date: formatDate(date) })}
            </Typography.Paragraph>
            {forest.size === 0 && <Empty description={t('org.emptyDate', { date: formatDate(date) })} />}
            {forest.size > 0 && treeData.length === 0 && <Empty description={t('org.noMatch')} />}
            {treeData.length > 0 && (
              <div className="org-tree">
                <Tree
                  treeData={treeData}
                  blockNode
                  showLine
                  expandedKeys={expandedKeys}
                  onExpand={(keys) => setExpandedKeys(keys)}
                  selectedKeys={selectedId !== null ? [selectedId] : []}
                  onSelect={(_, info) => {
                    const key = info.node.key;
                    if (typeof key === 'number') navigate(unitCardPath(key, date));
                  }}
                />
              </div>
            )}
          </>
        )}
      </section>

      {deferredQuery.length >= 2 && otherPeriods.length > 0 && (
        <section aria-labelledby="org-other-title" className="page-section">
          <Typography.Title level={2} id="org-other-title" className="section-title">
            {t('org.otherPeriods', { date: formatDate(date) })}
          </Typography.Title>
          <ul className="item-list org-other-list">
            {otherPeriods.map((u) => (
              <li key={u.id}>
                <Link to={unitCardPath(u.id, date)}>{u.name}</Link> <UnitFlags flags={u.flags} />
                <div className="muted">
                  {typeByCode.get(u.type)?.name ?? u.type} · {u.code} ·{' '}
                  {t('org.validity', { period: periodText(t, u.valid_from, u.valid_to) })}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {deferredQuery.length >= 2 && search.isError && <ErrorAlert error={search.error} className="form-alert" />}

      <Outlet />
    </>
  );
}
