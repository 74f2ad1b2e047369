// Sets the day the statistical year starts (PUT /api/v1/calendar/settings, "MM-DD"; typed here as
// dd/mm). The current value is read from GET /calendar/periods (there is no settings GET).
import { App, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { todayIso } from '../../../lib/dates';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { usePeriods } from '../api/get-periods';
import { useUpdateCalendarSettings } from '../api/update-calendar-settings';
import { monthDayToDisplay, parseMonthDay } from '../lib/calendar-text';

export function StatisticalYearForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ statistical_year_start: string }>();
  const periods = usePeriods(todayIso());
  const update = useUpdateCalendarSettings();
  const server = useServerForm(form, { fields: ['statistical_year_start'], mutations: [update] });
  const current = periods.data?.statistical_year.start;

  useEffect(() => {
    if (current && !form.isFieldsTouched()) form.setFieldsValue({ statistical_year_start: monthDayToDisplay(current) });
  }, [current, form]);

  const onFinish = (v: { statistical_year_start: string }) => {
    const value = parseMonthDay(v.statistical_year_start);
    if (!value) return;
    server.clearErrors();
    update.mutate(
      { statistical_year_start: value },
      {
        onSuccess: (r) => {
          message.success(t('calendar.settingsSaved', { value: monthDayToDisplay(r.statistical_year_start) }));
          form.resetFields();
        },
        onError: server.onError,
      },
    );
  };

  return (
    <>
      <p className="muted">{t('calendar.settingsHelp')}</p>
      <Form form={form} name="calendar-settings" layout="inline" onFinish={onFinish} disabled={update.isPending} className="calendar-tool-form">
        <Form.Item
          name="statistical_year_start"
          label={t('calendar.statStart')}
          extra={current ? t('calendar.current', { value: monthDayToDisplay(current) }) : undefined}
          rules={[{ validator: (_, v: string | undefined) => (v && parseMonthDay(v) ? Promise.resolve() : Promise.reject(new Error(t('calendar.statStartInvalid')))) }]}
        >
          <Input placeholder="15/12" maxLength={5} style={{ width: 96 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
      {server.alert}
    </>
  );
}
