// /tai-nan (view_accidents): traffic accidents involving students — recorded by the user's unit,
// in its area, or involving students of its schools — newest first, filtered by date: when and
// where, vehicles and cause, each young person with their school and what happened to them (the
// name only for the recording unit and the student's own school). Holders of record_accidents
// record a new one; the recording unit withdraws one recorded by mistake.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAccidents, type Accident } from '../api/list-accidents';
import { withdrawAccident } from '../api/withdraw-accident';
import { RecordAccidentModal } from './RecordAccidentModal';
import { WithdrawAccidentModal } from './WithdrawAccidentModal';
import '../accidents.css';

const outcomeColor = { death: tagColors.red, injury: tagColors.orange, unhurt: tagColors.grey };

export default function AccidentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('accidents.title'));
  const can = useCan();
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Accident | null>(null);
  const list = useAccidents({ from, to });
  const columns: ColumnsType<Accident> = [
    {
      key: 'when',
      title: t('accidents.when'),
      width: 150,
      render: (_, a) => (
        <>
          <div className="cell-strong">{a.occurred_at ? formatDateTime(a.occurred_at) : formatDate(a.date)}</div>
          <div className="muted">{[a.place_unit?.name, a.address].filter(Boolean).join(' · ')}</div>
        </>
      ),
    },
    {
      key: 'what',
      title: t('accidents.what'),
      render: (_, a) => (
        <>
          {a.vehicles && <div>{a.vehicles}</div>}
          {a.cause && <div className="muted">{t('accidents.causeShown', { cause: a.cause })}</div>}
          {a.owner_unit && <div className="muted">{t('accidents.recordedBy', { unit: a.owner_unit.name })}</div>}
        </>
      ),
    },
    {
      key: 'persons',
      title: t('accidents.persons'),
      render: (_, a) => (
        <ul className="accident-persons">
          {a.persons.map((p, i) => (
            <li key={i}>
              <Tag color={outcomeColor[p.outcome]}>{labelFor(t, 'accidentOutcome', p.outcome)}</Tag>
              {p.full_name ?? t('accidents.student')}
              {p.birth_year ? ` (${p.birth_year})` : ''}
              <span className="muted"> · {p.school?.name ?? t('accidents.noSchool')}</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 110,
      render: (_, a) =>
        a.can_withdraw ? (
          <Button size="small" danger onClick={() => setWithdrawing(a)} aria-label={t('accidents.withdrawNamed', { date: formatDate(a.date) })}>
            {t('accidents.withdraw')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('accidents.title')}
        description={t('accidents.description')}
        extra={
          can('record_accidents') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
              {t('accidents.record')}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <DatePicker aria-label={t('accidents.from')} placeholder={t('accidents.from')} format={DISPLAY_DATE_FORMAT} value={from ? dayjs(from) : null} onChange={(d) => setFrom(d ? d.format('YYYY-MM-DD') : undefined)} />
          <DatePicker aria-label={t('accidents.to')} placeholder={t('accidents.to')} format={DISPLAY_DATE_FORMAT} value={to ? dayjs(to) : null} onChange={(d) => setTo(d ? d.format('YYYY-MM-DD') : undefined)} />
        </Flex>
        <ErrorAlert error={list.error} />
        <Table<Accident> rowKey="id" size="small" className="accident-table" loading={list.isFetching} columns={columns} dataSource={list.data?.accidents ?? []} pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }} locale={{ emptyText: t('accidents.none') }} />
      </Card>
      <RecordAccidentModal open={recording} onClose={() => setRecording(false)} />
      <WithdrawAccidentModal accident={withdrawing} submit={withdrawAccident} onClose={() => setWithdrawing(null)} />
    </>
  );
}
