// The search box in the header: units (and people, for administrators) as you type; picking a unit
// opens its card, picking a person opens the users page filtered to that login. On phones a search
// button opens the box in a drawer.
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Drawer, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useIsNarrow } from '../../../lib/use-media-query';
import { unitCardPath } from '../../../lib/units/use-view-date';
import { useGlobalSearch } from '../api/global-search';

function SearchBox({ onDone, autoFocus }: { onDone?: () => void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const deferred = useDebouncedValue(q, 250);
  const search = useGlobalSearch(deferred);
  const data = deferred.trim().length >= 2 ? search.data : undefined;

  const options = [
    ...(data && data.units.length > 0
      ? [
          {
            label: t('search.units'),
            options: data.units.map((u) => ({
              value: `unit:${u.id}`,
              label: (
                <span className="search-option">
                  {u.name} <span className="muted">({u.code})</span>
                </span>
              ),
            })),
          },
        ]
      : []),
    ...(data && data.people.length > 0
      ? [
          {
            label: t('search.people'),
            options: data.people.map((p) => ({
              value: `user:${p.login}`,
              label: (
                <span className="search-option">
                  {p.full_name} <span className="muted">({p.login} · {p.unit_name})</span>
                </span>
              ),
            })),
          },
        ]
      : []),
  ];

  const onSelect = (value: string) => {
    setQ('');
    onDone?.();
    if (value.startsWith('unit:')) navigate(unitCardPath(Number(value.slice(5)), todayIso()));
    else if (value.startsWith('user:')) navigate(`/nguoi-dung?q=${encodeURIComponent(value.slice(5))}`);
  };

  const empty = deferred.trim().length >= 2 && data && options.length === 0;

  return (
    <AutoComplete
      className="global-search"
      value={q}
      options={options}
      onSearch={setQ}
      onSelect={onSelect}
      notFoundContent={empty ? t('search.empty') : null}
      popupMatchSelectWidth={false}
    >
      <Input
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        autoFocus={autoFocus}
      />
    </AutoComplete>
  );
}

export function GlobalSearch() {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const [open, setOpen] = useState(false);
  if (!narrow) return <SearchBox />;
  return (
    <>
      <Button type="text" className="header-button" icon={<SearchOutlined aria-hidden />} aria-label={t('search.label')} onClick={() => setOpen(true)} />
      <Drawer open={open} onClose={() => setOpen(false)} placement="top" size="auto" title={t('search.label')} destroyOnHidden>
        <SearchBox onDone={() => setOpen(false)} autoFocus />
      </Drawer>
    </>
  );
}
