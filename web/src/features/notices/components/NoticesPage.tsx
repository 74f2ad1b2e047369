// /thong-bao-vi-pham (view_notices): the violation notices of the user's school — or of the schools
// an office or the Department supervises — newest first, filtered by state (the default: in
// progress). Each row names the student and class, the violation, the deadline (overdue and
// escalated ones stand out) and repeat violations; it opens the notice.
import { Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { categoryLabel } from '../../../lib/legal/display';
import { useBehaviourCategories } from '../../../lib/legal/list-behaviour-categories';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useNotices, type NoticeFilter } from '../api/list-notices';
import type { Notice } from '../api/model';
import '../notices.css';

const FILTERS: NoticeFilter[] = ['open', 'overdue', 'closed', 'disputed', 'withdrawn', ''];
const isFilter = (v: string | null): v is NoticeFilter => v !== null && (FILTERS as string[]).includes(v);

export const stateColor: Record<Notice['state'], string> = {
  open: tagColors.blue,
  closed: tagColors.green,
  disputed: tagColors.orange,
  withdrawn: tagColors.grey,
};

export default function NoticesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('notices.title'));
  const narrow = useIsNarrow();
  const [params, setParams] = useSearchParams();
  const raw = params.get('trang-thai');
  const filter: NoticeFilter = raw === 'tat-ca' ? '' : isFilter(raw) ? raw : 'open';
  const list = useNotices(filter);
  const categories = useBehaviourCategories();
  const columns: ColumnsType<Notice> = [
    {
      key: 'student',
      title: t('notices.student'),
      render: (_, n) => (
        <>
          <Link to={`/thong-bao-vi-pham/${n.id}`} className="cell-strong" aria-label={t('notices.openNamed', { name: n.student.full_name })}>
            {n.student.full_name}
          </Link>
          <div className="muted">
            {[n.student.class_name ? t('notices.class', { cls: n.student.class_name }) : '', n.school?.name ?? ''].filter(Boolean).join(' · ')}
          </div>
          {n.repeat_count > 1 && <Tag color={tagColors.red}>{t('notices.repeatShort', { n: n.repeat_count })}</Tag>}
        </>
      ),
    },
    {
      key: 'violation',
      title: t('notices.violation'),
      render: (_, n) => (
        <>
          <div>{formatDate(n.record.date)}</div>
          {n.record.behaviour && <Tag color={tagColors.blue}>{categoryLabel(lang, categories.data?.behaviour_categories, n.record.behaviour)}</Tag>}
        </>
      ),
    },
    {
      key: 'deadline',
      title: t('notices.deadline'),
      width: narrow ? 104 : 150,
      render: (_, n) => (
        <>
          <div className={n.overdue ? 'notice-overdue' : undefined}>{formatDate(n.deadline_date)}</div>
          {n.overdue && <Tag color={tagColors.red}>{t('notices.overdue')}</Tag>}
          {n.escalated_at && <div className="muted">{t('notices.escalated')}</div>}
        </>
      ),
    },
    {
      key: 'state',
      title: t('notices.state'),
      responsive: ['md'],
      width: 170,
      render: (_, n) => <Tag color={stateColor[n.state]}>{labelFor(t, 'noticeState', n.state)}</Tag>,
    },
  ];
  return (
    <>
      <PageHeader title={t('notices.title')} description={t('notices.description')} />
      <Select<NoticeFilter>
        aria-label={t('notices.filter')}
        className="notice-filter"
        value={filter}
        onChange={(v) => setParams(v === 'open' ? {} : { 'trang-thai': v === '' ? 'tat-ca' : v })}
        options={FILTERS.map((f) => ({ value: f, label: t(`notices.filter.${f || 'all'}` as 'notices.filter.all') }))}
      />
      <ErrorAlert error={list.error} />
      <Table<Notice>
        rowKey="id"
        className="notice-wrap-tags"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.notices ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t('notices.none') }}
      />
    </>
  );
}
