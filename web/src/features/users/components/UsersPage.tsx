// /nguoi-dung (manage_users): users sorted Vietnamese style (given name, family, middle), filtered by
// text and unit; create, edit name/e-mail/roles, lock/unlock, reset password; import from CSV.
import { DownOutlined, FileAddOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { tagColors } from '../../../lib/theme';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { compareVietnameseNames, sortByVietnameseName } from '../../../lib/names';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useUsers } from '../../../lib/users/list-users';
import { useUpdateUser } from '../api/update-user';
import type { User } from '../../../lib/users/model';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UsersImportModal } from './UsersImportModal';

function StatusTags({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <span className="tag-row">
      {user.disabled ? <Tag color={tagColors.red}>{t('users.status.disabled')}</Tag> : <Tag color={tagColors.green}>{t('users.status.active')}</Tag>}
      {user.must_change_password && <Tag color={tagColors.orange}>{t('users.status.mustChange')}</Tag>}
    </span>
  );
}

export default function UsersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('users.title'));
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const narrow = useIsNarrow();
  const [params] = useSearchParams();
  // ?q= comes from the global search (a person picked there).
  const paramQ = params.get('q') ?? '';
  const [q, setQ] = useState(paramQ);
  const [lastParamQ, setLastParamQ] = useState(paramQ);
  if (paramQ !== lastParamQ) {
    setLastParamQ(paramQ);
    setQ(paramQ);
  }
  const deferredQ = useDebouncedValue(q, 300);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers({ q: deferredQ, unit_id: unitId });
  const update = useUpdateUser();

  const rows = useMemo(() => sortByVietnameseName(users.data?.users ?? [], (u) => u.full_name), [users.data]);

  const toggleDisabled = (u: User) => {
    modal.confirm({
      title: u.disabled ? t('users.enableConfirm', { name: u.full_name }) : t('users.disableConfirm', { name: u.full_name }),
      content: u.disabled ? undefined : t('users.disableHelp'),
      okText: u.disabled ? t('users.enable') : t('users.disable'),
      okButtonProps: { danger: !u.disabled },
      cancelText: t('common.cancel'),
      onOk: () =>
        update
          .mutateAsync({ id: u.id, patch: { disabled: !u.disabled } })
          .then(() => message.success(u.disabled ? t('users.enabled') : t('users.disabled')))
          .catch((e) => message.error(errorText(e))),
    });
  };

  const columns: ColumnsType<User> = [
    {
      key: 'name',
      title: t('users.fullName'),
      sorter: (a, b) => compareVietnameseNames(a.full_name, b.full_name),
      defaultSortOrder: 'ascend',
      render: (_, u) => (
        <>
          <div className="cell-strong">{u.full_name}</div>
          <div className="muted">{u.login}</div>
          {narrow && (
            <>
              <div>{u.unit_name}</div>
              <StatusTags user={u} />
            </>
          )}
        </>
      ),
    },
    { key: 'unit', title: t('users.unit'), dataIndex: 'unit_name', responsive: ['md'] },
    {
      key: 'roles',
      title: t('users.roles'),
      responsive: ['lg'],
      render: (_, u) => (
        <span className="tag-row">
          {u.roles.map((r) => (
            <Tag key={r}>{labelFor(t, 'role', r)}</Tag>
          ))}
        </span>
      ),
    },
    { key: 'status', title: t('users.status'), responsive: ['md'], render: (_, u) => <StatusTags user={u} /> },
    {
      key: 'last',
      title: t('users.lastLogin'),
      responsive: ['xl'],
      render: (_, u) => (u.last_login_at ? formatDateTime(u.last_login_at) : <span className="muted">{t('users.never')}</span>),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 96 : 130,
      render: (_, u) => (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'edit', label: t('users.editAction') },
              { key: 'password', label: t('users.resetAction') },
              { key: 'toggle', label: u.disabled ? t('users.enable') : t('users.disable'), danger: !u.disabled, disabled: u.id === me.id },
            ],
            onClick: ({ key }) => {
              if (key === 'edit') setEditing(u);
              if (key === 'password') setResetting(u);
              if (key === 'toggle') toggleDisabled(u);
            },
          }}
        >
          <Button aria-label={t('users.actionsFor', { name: u.full_name })}>
            {narrow ? null : t('common.actions')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<FileAddOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('usersImport.open')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          </Flex>
        }
      />

      <section aria-label={t('common.filters')} className="toolbar">
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="users-q" className="field-label">
            {t('users.search')}
          </label>
          <Input id="users-q" type="search" allowClear prefix={<SearchOutlined aria-hidden />} placeholder={t('users.searchPlaceholder')} value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="users-unit" className="field-label">
            {t('users.unit')}
          </label>
          <UnitTreeSelect id="users-unit" date={todayIso()} value={unitId} onChange={setUnitId} placeholder={t('users.allUnits')} />
        </div>
      </section>

      <section aria-labelledby="users-list-title" className="page-section">
        <Typography.Title level={2} id="users-list-title" className="section-title">
          {t('users.list', { count: rows.length })}
        </Typography.Title>
        {users.isError && <ErrorAlert error={users.error} className="form-alert" />}
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={users.isFetching && !users.data}
          pagination={{ pageSize: 25, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: users.isPending ? t('common.loading') : t('users.empty') }}
          className="responsive-table"
        />
      </section>

      <CreateUserModal open={creating} onClose={() => setCreating(false)} defaultUnitId={unitId} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <UsersImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
