// /vi-pham (police): the violations recorded by the officer's unit and the units below it, newest
// first, filtered by date; each row names the person, the act (its legal citation and category),
// the sanction and the age at the date. Opening this list is written to the server's view log.
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useBehaviourCategories } from '../../../lib/legal/list-behaviour-categories';
import { useViolationCodes } from '../../../lib/legal/list-violation-codes';
import { categoryLabel, fineText } from '../../../lib/legal/display';
import { useViolations, type Violation } from '../api/list-violations';
import { WithdrawModal } from './WithdrawModal';
import '../../../lib/legal/legal.css';

export default function ViolationsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('violations.title'));
  const narrow = useIsNarrow();
  const navigate = useNavigate();
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const [withdrawing, setWithdrawing] = useState<Violation | null>(null);
  const list = useViolations({ from, to });
  const codes = useViolationCodes({});
  const categories = useBehaviourCategories();
  const citation = useMemo(() => new Map((codes.data?.violation_codes ?? []).map((c) => [c.id, c.citation])), [codes.data]);

  const born = (v: Violation) => (v.birth_date ? formatDate(v.birth_date) : v.birth_year ? t('violations.bornIn', { year: v.birth_year }) : '');
  const columns: ColumnsType<Violation> = [
    {
      key: 'date',
      title: t('violations.date'),
      width: narrow ? 92 : 120,
      render: (_, v) => (
        <>
          <div className="cell-strong">{formatDate(v.date)}</div>
          {v.status === 'withdrawn' && <Tag color={tagColors.grey}>{t('violations.withdrawn')}</Tag>}
          {v.status === 'active' && v.match_state && v.role !== 'owner' && <div className="muted">{labelFor(t, 'violationMatch', v.match_state)}</div>}
        </>
      ),
    },
    {
      key: 'person',
      title: t('violations.person'),
      render: (_, v) => (
        <>
          <div className="cell-strong">{v.purged_at ? <span className="muted">{t('violations.purged')}</span> : v.full_name}</div>
          <div className="muted">
            {[labelFor(t, 'violationRole', v.role), born(v), v.age_years !== null ? t('violations.age', { n: v.age_years }) : ''].filter(Boolean).join(' · ')}
          </div>
          {v.school_stated && <div className="muted">{t('violations.schoolStated', { school: v.school_stated })}</div>}
        </>
      ),
    },
    {
      key: 'act',
      title: t('violations.act'),
      render: (_, v) =>
        v.code_id ? (
          <>
            <div>{citation.get(v.code_id) ?? ''}</div>
            {v.behaviour && <Tag color={tagColors.blue} className="legal-tag">{categoryLabel(lang, categories.data?.behaviour_categories, v.behaviour)}</Tag>}
          </>
        ) : (
          <span className="muted">{t('violations.noAct')}</span>
        ),
    },
    {
      key: 'sanction',
      title: t('violations.sanction'),
      responsive: ['md'],
      width: 200,
      render: (_, v) => (
        <>
          <div>{v.sanction === 'fine' ? fineText(lang, v.fine_amount, v.fine_amount) : labelFor(t, 'violationSanction', v.sanction)}</div>
          {v.impounded && <div className="muted">{t('violations.impounded')}</div>}
          {v.decision_number && <div className="muted">{t('violations.decision', { n: v.decision_number })}</div>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 48 : 110,
      render: (_, v) =>
        v.status === 'active' ? (
          <Button danger size="small" icon={narrow ? <StopOutlined aria-hidden /> : undefined} aria-label={t('violations.withdrawNamed', { name: v.full_name })} onClick={() => setWithdrawing(v)}>
            {narrow ? null : t('violations.withdraw')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('violations.title')}
        description={t('violations.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/vi-pham/ghi-nhan')}>
            {t('violations.record')}
          </Button>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <DatePicker aria-label={t('violations.from')} placeholder={t('violations.from')} format={DISPLAY_DATE_FORMAT} value={from ? dayjs(from) : null} onChange={(d) => setFrom(d ? d.format('YYYY-MM-DD') : undefined)} />
          <DatePicker aria-label={t('violations.to')} placeholder={t('violations.to')} format={DISPLAY_DATE_FORMAT} value={to ? dayjs(to) : null} onChange={(d) => setTo(d ? d.format('YYYY-MM-DD') : undefined)} />
        </Flex>
        <ErrorAlert error={list.error ?? codes.error} />
        <Table<Violation>
          rowKey="id"
          size="small"
          className="violations-table"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.violations ?? []}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('violations.none') }}
        />
      </Card>
      <WithdrawModal violation={withdrawing} onClose={() => setWithdrawing(null)} />
    </>
  );
}
