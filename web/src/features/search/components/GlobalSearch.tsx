// The search box in the header: units (and people, for those who manage users) as you type; its hint
// says which. Current units come first, abolished ones are marked. Picking a unit opens its card,
// picking a person opens the users page filtered to that login. On phones a search button opens the
// box in a drawer.
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Drawer, Input, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useIsNarrow } from '../../../lib/use-media-query';
import { unitCardPath } from '../../../lib/units/use-view-date';
import { useCan } from '../../../lib/session/capabilities';
import type { UnitNode } from '../../../lib/units/model';
import { useGlobalSearch } from '../api/global-search';

/** Whether a unit no longer exists today (its validity ended before today). */
export function isAbolished(u: Pick<UnitNode, 'valid_to'>, today: string): boolean {
  return u.valid_to !== null && u.valid_to < today;
}

/** Current units first, each group in the server's order. */
export function currentFirst<T extends Pick<UnitNode, 'valid_to'>>(units: readonly T[], today: string): T[] {
  return [...units.filter((u) => !isAbolished(u, today)), ...units.filter((u) => isAbolished(u, today))];
}

/** The search box's name and hint: units for everyone, people only for those who manage users. */
function useSearchTexts() {
  const { t } = useI18n();
  const people = useCan()('manage_users');
  return people ? { label: t('search.label'), placeholder: t('search.placeholder') } : { label: t('search.labelUnits'), placeholder: t('search.placeholderUnits') };
}

function SearchBox({ onDone, autoFocus }: { onDone?: () => void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const deferred = useDebouncedValue(q, 250);
  const search = useGlobalSearch(deferred);
  const data = deferred.trim().length >= 2 ? search.data : undefined;
  const texts = useSearchTexts();
  const today = todayIso();

  const options = [
    ...(data && data.units.length > 0
      ? [
          {
            label: t('search.units'),
            options: currentFirst(data.units, today).map((u) => ({
              value: `unit:${u.id}`,
              label: (
                <span className="search-option">
                  {u.name} <span className="muted">({u.code})</span>
                  {isAbolished(u, today) && (
                    <>
                      {' '}
                      <Tag className="search-abolished">{t('search.abolished')}</Tag>
                    </>
                  )}
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
        aria-label={texts.label}
        placeholder={texts.placeholder}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        autoFocus={autoFocus}
      />
    </AutoComplete>
  );
}

export function GlobalSearch() {
  const texts = useSearchTexts();
  const narrow = useIsNarrow();
  const [open, setOpen] = useState(false);
  if (!narrow) return <SearchBox />;
  return (
    <>
      <Button type="text" className="header-button" icon={<SearchOutlined aria-hidden />} aria-label={texts.label} onClick={() => setOpen(true)} />
      <Drawer open={open} onClose={() => setOpen(false)} placement="top" size="auto" title={texts.label} destroyOnHidden>
        <SearchBox onDone={() => setOpen(false)} autoFocus />
      </Drawer>
    </>
  );
}
