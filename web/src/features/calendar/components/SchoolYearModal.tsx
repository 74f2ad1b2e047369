// Edits one school year's dates, source and note (PUT /api/v1/calendar/school-years/{code}); the
// server's Vietnamese field errors land on the fields.
import { App, DatePicker, Flex, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import type { SchoolYear } from '../../../lib/school-years/list-school-years';
import { useUpdateSchoolYear } from '../api/update-school-year';

interface Values {
  teaching_from: Dayjs;
  teaching_to: Dayjs;
  semester2_from: Dayjs;
  peak_from: Dayjs;
  peak_to: Dayjs;
  source?: string | null;
  note?: string | null;
}

const DATE_FIELDS = ['teaching_from', 'teaching_to', 'semester2_from', 'peak_from', 'peak_to'] as const;
const FIELDS = [...DATE_FIELDS, 'source', 'note'];

export function SchoolYearModal({ year, onClose }: { year: SchoolYear | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateSchoolYear();
  const server = useServerForm(form, { fields: FIELDS, mutations: [update], onClose });

  const onFinish = (v: Values) => {
    if (!year) return;
    const iso = (d: Dayjs) => d.format('YYYY-MM-DD');
    update.mutate(
      {
        code: year.code,
        input: {
          teaching_from: iso(v.teaching_from),
          teaching_to: iso(v.teaching_to),
          semester2_from: iso(v.semester2_from),
          peak_from: iso(v.peak_from),
          peak_to: iso(v.peak_to),
          source: v.source?.trim() || null,
          note: v.note?.trim() || null,
        },
      },
      {
        onSuccess: () => {
          message.success(t('calendar.yearSaved', { code: year.code }));
          server.close();
        },
        onError: server.onError,
      },
    );
  };

  const labels: Record<(typeof DATE_FIELDS)[number], string> = {
    teaching_from: t('calendar.teachingFrom'),
    teaching_to: t('calendar.teachingTo'),
    semester2_from: t('calendar.semester2From'),
    peak_from: t('calendar.peakFrom'),
    peak_to: t('calendar.peakTo'),
  };

  return (
    <Modal open={year !== null} title={t('calendar.editYear', { code: year?.code ?? '' })} onCancel={server.close} footer={null} destroyOnHidden width={600}>
      {year && (
        <Form<Values>
          form={form}
          clearOnDestroy
          name="school-year"
          layout="vertical"
          requiredMark="optional"
          onFinish={onFinish}
          disabled={update.isPending}
          initialValues={{
            teaching_from: dayjs(year.teaching_from),
            teaching_to: dayjs(year.teaching_to),
            semester2_from: dayjs(year.semester2_from),
            peak_from: dayjs(year.peak_from),
            peak_to: dayjs(year.peak_to),
            source: year.source,
            note: year.note,
          }}
        >
          <Flex gap={12} wrap>
            {DATE_FIELDS.map((f) => (
              <Form.Item key={f} name={f} label={labels[f]} rules={[{ required: true, message: t('calendar.dateRequired') }]} style={{ flex: '1 1 200px' }}>
                <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </Flex>
          <Form.Item name="source" label={t('calendar.source')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item name="note" label={t('calendar.note')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={update.isPending} />
        </Form>
      )}
    </Modal>
  );
}
