// The form of a new accident: date, time, the commune police unit of the place, address,
// vehicles, cause, and the young people involved (name, date or year of birth, what happened to
// them). The server links each to the roster when it is sure; its field errors show on the fields.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { FormFooter } from '../../../components/FormFooter';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { OUTCOMES } from '../api/list-accidents';
import { useRecordAccident, type AccidentInput } from '../api/record-accident';

interface Values {
  day: dayjs.Dayjs;
  time: dayjs.Dayjs;
  place_unit_id?: number;
  address?: string;
  vehicles?: string;
  cause?: string;
  persons: { full_name: string; birth_date?: dayjs.Dayjs; birth_year?: number; outcome: string }[];
}

const FIELDS = ['day', 'place_unit_id', 'address', 'vehicles', 'cause', ...Array.from({ length: 50 }, (_, i) => ['full_name', 'birth_date', 'birth_year', 'outcome', 'student_id'].map((f) => `persons.${i}.${f}`)).flat()];

export function RecordAccidentModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordAccident();
  const server = useServerForm(form, {
    fields: FIELDS,
    rename: (f) => (f === 'occurred_at' ? 'day' : f.replace(/^persons\[(\d+)\]\./, 'persons.$1.')),
    mutations: [record],
    onClose,
  });
  const day = Form.useWatch('day', form);
  return (
    <Modal open={open} title={t('accidents.recordTitle')} onCancel={server.close} footer={null} width={760} destroyOnHidden>
      <Form
        form={form}
        clearOnDestroy
        name="record-accident"
        layout="vertical"
        requiredMark="optional"
        disabled={record.isPending}
        initialValues={{ day: dayjs(todayIso()), time: dayjs('07:00', 'HH:mm'), persons: [{ full_name: '', outcome: 'injury' }] }}
        onFinish={(v) => {
          const body: AccidentInput = {
            occurred_at: `${v.day.format('YYYY-MM-DD')}T${v.time.format('HH:mm')}`,
            place_unit_id: v.place_unit_id,
            address: v.address?.trim() || undefined,
            vehicles: v.vehicles?.trim() || undefined,
            cause: v.cause?.trim() || undefined,
            persons: v.persons.map((p) => ({ full_name: p.full_name.trim(), birth_date: p.birth_date?.format('YYYY-MM-DD'), birth_year: p.birth_date ? undefined : p.birth_year, outcome: p.outcome })),
          };
          record.mutate(body, {
            onSuccess: () => {
              message.success(t('accidents.recorded'));
              server.close();
            },
            onError: server.onError,
          });
        }}
      >
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name="day" label={t('accidents.day')} rules={[{ required: true, message: t('accidents.dayRequired') }]}>
              <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(todayIso()), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={4}>
            <Form.Item name="time" label={t('accidents.time')} rules={[{ required: true }]}>
              <TimePicker format="HH:mm" allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="place_unit_id" label={t('accidents.place')}>
              <UnitTreeSelect date={day ? day.format('YYYY-MM-DD') : todayIso()} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="address" label={t('accidents.address')}>
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="vehicles" label={t('accidents.vehicles')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="cause" label={t('accidents.cause')}>
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="persons">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row gutter={8} key={f.key} align="top">
                  <Col xs={24} sm={8}>
                    <Form.Item name={[f.name, 'full_name']} label={t('accidents.personName', { n: i + 1 })} rules={[{ required: true, whitespace: true, message: t('accidents.nameRequired') }]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={5}>
                    <Form.Item name={[f.name, 'birth_date']} label={t('accidents.birthDate')}>
                      <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={4}>
                    <Form.Item name={[f.name, 'birth_year']} label={t('accidents.birthYear')}>
                      <InputNumber min={1990} max={2030} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={5}>
                    <Form.Item name={[f.name, 'outcome']} label={t('accidents.outcome')} rules={[{ required: true }]}>
                      <Select options={OUTCOMES.map((o) => ({ value: o, label: labelFor(t, 'accidentOutcome', o) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    {fields.length > 1 && (
                      <Button type="text" className="accident-remove" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('accidents.removePerson', { n: i + 1 })} onClick={() => remove(f.name)} />
                    )}
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ full_name: '', outcome: 'injury' })} disabled={fields.length >= 50}>
                {t('accidents.addPerson')}
              </Button>
            </>
          )}
        </Form.List>
        {server.alert}
        <FormFooter onCancel={server.close} busy={record.isPending} submitLabel={t('accidents.submit')} />
      </Form>
    </Modal>
  );
}
