// Adds a day to the holiday calendar or edits one (PUT /api/v1/calendar/holidays/{day}): its kind
// (holiday, day off in lieu, make-up working day), name, source and the "unverified" flag.
import { App, Checkbox, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../api/list-holidays';
import { usePutHoliday } from '../api/put-holiday';

interface Values {
  day: Dayjs;
  kind: HolidayKind;
  name: string;
  source?: string | null;
  unverified: boolean;
}

/** `holiday` null with `open` → a new day (first of `year`'s days by default). */
export function HolidayModal({ open, holiday, year, onClose }: { open: boolean; holiday: Holiday | null; year: number; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const put = usePutHoliday();
  const server = useServerForm(form, { fields: ['day', 'kind', 'name', 'source'], aliases: { flags: 'unverified' }, mutations: [put], onClose });

  const onFinish = (v: Values) => {
    const day = v.day.format('YYYY-MM-DD');
    put.mutate(
      { day, input: { kind: v.kind, name: v.name.trim(), source: v.source?.trim() || null, flags: v.unverified ? ['unverified'] : [] } },
      {
        onSuccess: () => {
          message.success(t('calendar.holidaySaved', { day: formatDate(day) }));
          server.close();
        },
        onError: server.onError,
      },
    );
  };

  const title = holiday ? t('calendar.editHoliday', { day: formatDate(holiday.day) }) : t('calendar.newHoliday');

  return (
    <Modal open={open} title={title} onCancel={server.close} footer={null} destroyOnHidden width={560}>
      {open && (
        <Form<Values>
          form={form}
          clearOnDestroy
          name="holiday"
          layout="vertical"
          requiredMark="optional"
          onFinish={onFinish}
          disabled={put.isPending}
          initialValues={
            holiday
              ? { day: dayjs(holiday.day), kind: holiday.kind, name: holiday.name, source: holiday.source, unverified: holiday.flags.includes('unverified') }
              : { kind: 'holiday', unverified: false, day: undefined }
          }
        >
          <Form.Item name="day" label={t('calendar.day')} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
            <DatePicker
              format={DISPLAY_DATE_FORMAT}
              allowClear={false}
              disabled={holiday !== null}
              defaultPickerValue={dayjs(`${year}-01-01`)}
              style={{ width: '100%', maxWidth: 240 }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true, message: t('calendar.kindRequired') }]}>
            <Radio.Group options={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="source" label={t('calendar.source')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item name="unverified" valuePropName="checked">
            <Checkbox>{t('calendar.unverifiedHelp')}</Checkbox>
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={put.isPending} />
        </Form>
      )}
    </Modal>
  );
}
