// The two tools of the calendar page: "Tính hạn xử lý" (a start date + N working days → the due
// date, 23:59 Vietnam time) and "Thời kỳ của một ngày" (school year, semester, peak month,
// calendar and statistical year of a date).
import { Alert, Button, Card, DatePicker, Descriptions, Form, InputNumber, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { tagColors } from '../../../lib/theme';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DISPLAY_DATE_FORMAT, formatDate, todayIso } from '../../../lib/dates';
import { labelFor, periodText, useI18n } from '../../../lib/i18n';
import { useDeadline, type DeadlineInput } from '../api/get-deadline';
import { usePeriods } from '../api/get-periods';
import { formatDueAt, monthDayToDisplay } from '../lib/calendar-text';

export function DeadlineTool() {
  const { t } = useI18n();
  const [input, setInput] = useState<DeadlineInput | null>(null);
  const deadline = useDeadline(input);

  return (
    <Card title={<h2 className="card-heading">{t('calendar.deadlineTool')}</h2>} size="small">
      <p className="muted">{t('calendar.deadlineHelp')}</p>
      <Form<{ from: Dayjs; working_days: number }>
        name="deadline"
        layout="inline"
        initialValues={{ from: dayjs(todayIso()), working_days: 5 }}
        onFinish={(v) => setInput({ from: v.from.format('YYYY-MM-DD'), working_days: v.working_days })}
        className="calendar-tool-form"
      >
        <Form.Item name="from" label={t('calendar.from')} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item name="working_days" label={t('calendar.workingDays')} rules={[{ required: true, type: 'integer', min: 0, max: 365, message: t('calendar.workingDaysRequired') }]}>
          <InputNumber min={0} max={365} precision={0} style={{ width: 96 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={deadline.isFetching}>
            {t('calendar.compute')}
          </Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" className="calendar-tool-result">
        {deadline.isError && <ErrorAlert error={deadline.error} />}
        {deadline.data && (
          <Alert
            type="info"
            showIcon
            className="deadline-result"
            title={t('calendar.dueDate', { weekday: labelFor(t, 'weekday', String(dayjs(deadline.data.due_date).day() || 7)), date: formatDate(deadline.data.due_date) })}
            description={t('calendar.dueAt', { date: formatDueAt(deadline.data.due_at).slice(0, 10) })}
          />
        )}
      </div>
    </Card>
  );
}

export function PeriodsTool() {
  const { t } = useI18n();
  const [date, setDate] = useState<string | null>(todayIso());
  const periods = usePeriods(date);
  const p = periods.data;
  const yesNo = (b: boolean) => <Tag color={b ? tagColors.green : tagColors.grey}>{b ? t('calendar.yes') : t('calendar.no')}</Tag>;

  return (
    <Card title={<h2 className="card-heading">{t('calendar.periodsTool')}</h2>} size="small">
      <Form<{ date: Dayjs }>
        name="periods"
        layout="inline"
        initialValues={{ date: dayjs(todayIso()) }}
        onFinish={(v) => setDate(v.date.format('YYYY-MM-DD'))}
        className="calendar-tool-form"
      >
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={periods.isFetching}>
            {t('calendar.show')}
          </Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" className="calendar-tool-result">
        {periods.isError && <ErrorAlert error={periods.error} />}
        {p && (
          <Descriptions size="small" column={1} bordered className="periods-result">
            <Descriptions.Item label={t('calendar.date')}>
              {labelFor(t, 'weekday', String(p.weekday))}, {formatDate(p.date)}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.workingDay')}>{yesNo(p.working_day)}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.teachingDay')}>{yesNo(p.teaching)}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.schoolYear')}>
              <strong>{p.school_year.code}</strong> ({periodText(t, p.school_year.from, p.school_year.to)})
              {!p.school_year.from_data && <div className="muted">{t('calendar.yearByRule')}</div>}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.semester')}>
              {t('calendar.semesterN', { n: p.semester.number === 1 ? 'I' : 'II' })} ({periodText(t, p.semester.from, p.semester.to)})
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.peakMonth')}>
              {p.peak_month.active ? t('calendar.peakActive') : t('calendar.peakInactive')} ({periodText(t, p.peak_month.from, p.peak_month.to)})
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.calendarYear')}>{p.calendar_year.year}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.statisticalYear')}>
              {t('calendar.statisticalYearN', { year: p.statistical_year.year })} ({periodText(t, p.statistical_year.from, p.statistical_year.to)})
              <div className="muted">{t('calendar.current', { value: monthDayToDisplay(p.statistical_year.start) })}</div>
            </Descriptions.Item>
          </Descriptions>
        )}
      </div>
    </Card>
  );
}
