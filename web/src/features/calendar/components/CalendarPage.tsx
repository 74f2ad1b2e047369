// /lich (everyone): the school years, the holidays of a chosen year, the deadline and periods tools;
// administrators and the department also edit years and holidays and set the statistical year start.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useMemo, useState } from 'react';
import { tagColors } from '../../../lib/theme';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, todayIso } from '../../../lib/dates';
import { labelFor, periodText, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDeleteHoliday } from '../api/delete-holiday';
import { useHolidays, type Holiday } from '../api/list-holidays';
import { useSchoolYears, type SchoolYear } from '../../../lib/school-years/list-school-years';
import '../calendar.css';
import { holidayYears } from '../lib/calendar-text';
import { DeadlineTool, PeriodsTool } from './CalendarTools';
import { HolidayModal } from './HolidayModal';
import { SchoolYearModal } from './SchoolYearModal';
import { StatisticalYearForm } from './StatisticalYearForm';

const KIND_COLORS: Record<string, string> = { holiday: tagColors.red, day_off: tagColors.orange, working_day: tagColors.blue };

function Source({ source, note }: { source: string | null; note?: string | null }) {
  return (
    <div className="calendar-source">
      {source ? <div>{source}</div> : null}
      {note ? <div className="muted">{note}</div> : null}
    </div>
  );
}

function DeleteHolidayButton({ holiday }: { holiday: Holiday }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const del = useDeleteHoliday();
  const day = formatDate(holiday.day);
  return (
    <Popconfirm
      title={t('calendar.deleteConfirm', { day, name: holiday.name })}
      okText={t('calendar.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        del.mutateAsync(holiday.day).then(
          () => void message.success(t('calendar.holidayDeleted', { day })),
          (e) => void message.error(errorText(e)),
        )
      }
    >
      <Button danger icon={<DeleteOutlined aria-hidden />} loading={del.isPending} aria-label={t('calendar.deleteHolidayNamed', { day, name: holiday.name })} />
    </Popconfirm>
  );
}

export default function CalendarPage() {
  const { t } = useI18n();
  useDocumentTitle(t('calendar.title'));
  const canEdit = useCan()('edit_calendar');
  const narrow = useIsNarrow();
  const yearSelectId = useId();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const schoolYears = useSchoolYears();
  const holidays = useHolidays(year);
  const [editingYear, setEditingYear] = useState<SchoolYear | null>(null);
  const [holidayModal, setHolidayModal] = useState<{ holiday: Holiday | null } | null>(null);

  const years = useMemo(() => holidayYears((schoolYears.data?.school_years ?? []).map((y) => y.code), thisYear), [schoolYears.data, thisYear]);

  const yearColumns: ColumnsType<SchoolYear> = [
    {
      key: 'code',
      title: t('calendar.schoolYear'),
      render: (_, y) => (
        <>
          <div className="cell-strong">{y.code}</div>
          {narrow && (
            <div className="muted">
              {periodText(t, y.teaching_from, y.teaching_to)}
              <br />
              {t('calendar.semester2From')}: {formatDate(y.semester2_from)}
              <br />
              {t('calendar.peakMonth')}: {periodText(t, y.peak_from, y.peak_to)}
            </div>
          )}
        </>
      ),
    },
    { key: 'teaching', title: t('calendar.teaching'), responsive: ['md'], render: (_, y) => periodText(t, y.teaching_from, y.teaching_to) },
    { key: 'semester2', title: t('calendar.semester2From'), responsive: ['md'], render: (_, y) => formatDate(y.semester2_from) },
    { key: 'peak', title: t('calendar.peakMonth'), responsive: ['md'], render: (_, y) => periodText(t, y.peak_from, y.peak_to) },
    { key: 'source', title: t('calendar.source'), responsive: ['lg'], width: '38%', render: (_, y) => <Source source={y.source} note={y.note} /> },
  ];
  if (canEdit) {
    yearColumns.push({
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 80 : 100,
      render: (_, y) => (
        <Button icon={<EditOutlined aria-hidden />} aria-label={t('calendar.editYearNamed', { code: y.code })} onClick={() => setEditingYear(y)}>
          {narrow ? null : t('calendar.editYearButton')}
        </Button>
      ),
    });
  }

  const holidayColumns: ColumnsType<Holiday> = [
    {
      key: 'day',
      title: t('calendar.day'),
      width: narrow ? 110 : 150,
      render: (_, h) => (
        <>
          <div className="cell-strong">{formatDate(h.day)}</div>
          <div className="muted">{labelFor(t, 'weekday', String(h.weekday))}</div>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('calendar.kind'),
      responsive: ['sm'],
      width: 170,
      render: (_, h) => <Tag color={KIND_COLORS[h.kind]}>{labelFor(t, 'calendar.kind', h.kind)}</Tag>,
    },
    {
      key: 'name',
      title: t('calendar.name'),
      render: (_, h) => (
        <>
          <div>{h.name}</div>
          {narrow && <Tag color={KIND_COLORS[h.kind]}>{labelFor(t, 'calendar.kind', h.kind)}</Tag>}
          {h.flags.includes('unverified') && <Tag color={tagColors.purple}>{t('calendar.unverified')}</Tag>}
        </>
      ),
    },
    { key: 'source', title: t('calendar.source'), responsive: ['lg'], width: '40%', render: (_, h) => <Source source={h.source} /> },
  ];
  if (canEdit) {
    holidayColumns.push({
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 96 : 110,
      render: (_, h) => {
        const day = formatDate(h.day);
        return (
          <Flex gap={6} wrap>
            <Button icon={<EditOutlined aria-hidden />} aria-label={t('calendar.editHolidayNamed', { day, name: h.name })} onClick={() => setHolidayModal({ holiday: h })} />
            <DeleteHolidayButton holiday={h} />
          </Flex>
        );
      },
    });
  }

  return (
    <div className="calendar-page">
      <PageHeader title={t('calendar.title')} description={t('calendar.description')} />

      <section aria-labelledby="school-years-title" className="page-section">
        <Typography.Title level={2} id="school-years-title" className="section-title">
          {t('calendar.schoolYears')}
        </Typography.Title>
        {schoolYears.isError && <ErrorAlert error={schoolYears.error} className="form-alert" />}
        <Table<SchoolYear>
          rowKey="code"
          size="middle"
          columns={yearColumns}
          dataSource={schoolYears.data?.school_years ?? []}
          loading={schoolYears.isPending}
          pagination={false}
          locale={{ emptyText: t('calendar.noYears') }}
          className="school-years-table"
        />
      </section>

      <section aria-labelledby="holidays-title" className="page-section">
        <div className="calendar-toolbar">
          <Typography.Title level={2} id="holidays-title" className="section-title">
            {t('calendar.holidays')}
          </Typography.Title>
          <Flex gap={12} align="center" wrap>
            <label htmlFor={yearSelectId} className="field-label">
              {t('calendar.year')}
            </label>
            <Select id={yearSelectId} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 110 }} />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setHolidayModal({ holiday: null })}>
                {t('calendar.addHoliday')}
              </Button>
            )}
          </Flex>
        </div>
        {holidays.isError && <ErrorAlert error={holidays.error} className="form-alert" />}
        <Table<Holiday>
          rowKey="day"
          size="small"
          columns={holidayColumns}
          dataSource={holidays.data?.holidays ?? []}
          loading={holidays.isPending || holidays.isPlaceholderData}
          pagination={false}
          locale={{ emptyText: t('calendar.noHolidays', { year }) }}
          className="holidays-table"
        />
      </section>

      <div className="calendar-tools">
        <DeadlineTool />
        <PeriodsTool />
      </div>

      {canEdit && (
        <section aria-labelledby="settings-title" className="page-section">
          <Card title={<h2 id="settings-title" className="card-heading">{t('calendar.settings')}</h2>} size="small">
            <StatisticalYearForm />
          </Card>
        </section>
      )}

      {canEdit && <SchoolYearModal year={editingYear} onClose={() => setEditingYear(null)} />}
      {canEdit && <HolidayModal open={holidayModal !== null} holiday={holidayModal?.holiday ?? null} year={year} onClose={() => setHolidayModal(null)} />}
    </div>
  );
}
