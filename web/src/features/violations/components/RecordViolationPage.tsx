// /vi-pham/ghi-nhan (police): records one stop — date and time, the commune police unit of the
// place, address, officer — and the persons involved (a rider, a passenger, the owner who handed
// over the vehicle, a child only involved), each with the act in force on that day and the
// sanction. The server refuses a sanction the person's age does not allow and names the rule on
// the person's field; nothing is recorded until every person is right.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormFooter } from '../../../components/FormFooter';
import { PageHeader } from '../../../components/PageHeader';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT } from '../../../lib/dates';
import { foldedIncludes } from '../../../lib/fold';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViolationCodes, VEHICLE_KINDS } from '../../../lib/legal/list-violation-codes';
import { ROLES, SANCTIONS } from '../api/list-violations';
import { useRecordViolations, type PersonInput } from '../api/record-violations';

interface PersonValues {
  role: string;
  full_name: string;
  birth_date?: Dayjs | null;
  birth_year?: number | null;
  sex?: string;
  personal_id?: string;
  school_stated?: string;
  vehicle_kind?: string;
  plate?: string;
  code?: string;
  sanction: string;
  fine_amount?: number | null;
  impounded?: boolean;
  report_number?: string;
  decision_number?: string;
}

interface Values {
  day: Dayjs;
  time: Dayjs;
  place_unit_id?: number | null;
  address?: string;
  officer_name?: string;
  persons: PersonValues[];
}

const PERSON_FIELDS = ['role', 'full_name', 'birth_date', 'birth_year', 'sex', 'personal_id', 'school_stated', 'vehicle_kind', 'plate', 'code', 'sanction', 'fine_amount', 'report_number', 'decision_number'];
const FIELDS = ['day', 'place_unit_id', 'address', 'officer_name', ...Array.from({ length: 10 }, (_, i) => PERSON_FIELDS.map((f) => `persons.${i}.${f}`)).flat()];
const text = (s?: string) => (s && s.trim() ? s.trim() : undefined);

function PersonCard({ index, remove, day }: { index: number; remove?: () => void; day: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const role = Form.useWatch(['persons', index, 'role'], form);
  const sanction = Form.useWatch(['persons', index, 'sanction'], form);
  const codes = useViolationCodes({ date: day });
  return (
    <Card
      size="small"
      title={t('violations.personN', { n: index + 1 })}
      extra={remove ? <Button type="text" danger icon={<MinusCircleOutlined aria-hidden />} aria-label={t('violations.removePerson', { n: index + 1 })} onClick={remove} /> : null}
      style={{ marginBottom: 12 }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name={[index, 'role']} label={t('violations.role')} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: labelFor(t, 'violationRole', r) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name={[index, 'full_name']} label={t('violations.fullName')} rules={[{ required: true, whitespace: true, message: t('violations.fullNameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={6}>
          <Form.Item name={[index, 'birth_date']} label={t('violations.birthDate')}>
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name={[index, 'birth_year']} label={t('violations.birthYear')} extra={t('violations.birthYearHelp')}>
            <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name={[index, 'sex']} label={t('violations.sex')}>
            <Select allowClear options={['Nam', 'Nữ'].map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name={[index, 'personal_id']} label={t('violations.personalId')}>
            <Input maxLength={12} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={[index, 'school_stated']} label={t('violations.school')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name={[index, 'vehicle_kind']} label={t('violations.vehicle')}>
            <Select allowClear options={VEHICLE_KINDS.map((k) => ({ value: k, label: labelFor(t, 'vehicleKind', k) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name={[index, 'plate']} label={t('violations.plate')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      {role !== 'involved' && (
        <Form.Item name={[index, 'code']} label={t('violations.code')} rules={[{ required: true, message: t('violations.codeRequired') }]}>
          <Select
            showSearch
            filterOption={(input, option) => foldedIncludes(String(option?.label ?? ''), input)}
            loading={codes.isFetching}
            options={(codes.data?.violation_codes ?? []).map((c) => ({ value: `${c.decree}|${c.code}`, label: `${c.code} – ${c.citation}: ${c.description}` }))}
          />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={[index, 'sanction']} label={t('violations.sanction')} rules={[{ required: true }]}>
            <Radio.Group options={SANCTIONS.map((s) => ({ value: s, label: labelFor(t, 'violationSanction', s) }))} />
          </Form.Item>
        </Col>
        {sanction === 'fine' && (
          <Col xs={24} sm={12}>
            <Form.Item name={[index, 'fine_amount']} label={t('violations.fineAmount')} rules={[{ required: true, message: t('violations.fineRequired') }]}>
              <InputNumber min={0} step={50000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name={[index, 'report_number']} label={t('violations.reportNumber')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name={[index, 'decision_number']} label={t('violations.decisionNumber')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name={[index, 'impounded']} valuePropName="checked" label=" ">
            <Checkbox>{t('violations.impoundedField')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export default function RecordViolationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('violations.recordTitle'));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const record = useRecordViolations();
  const server = useServerForm(form, {
    fields: FIELDS,
    rename: (f) => (f === 'occurred_at' ? 'day' : f.replace(/^persons\[(\d+)\]\./, 'persons.$1.')),
    mutations: [record],
    onClose: () => navigate('/vi-pham'),
  });
  const day = Form.useWatch('day', form);
  const dayIso = (day ?? dayjs()).format('YYYY-MM-DD');

  const onFinish = (v: Values) => {
    const persons: PersonInput[] = v.persons.map((p) => {
      const [decree, code] = p.code ? p.code.split('|') : [undefined, undefined];
      return {
        role: p.role,
        full_name: p.full_name.trim(),
        birth_date: p.birth_date ? p.birth_date.format('YYYY-MM-DD') : undefined,
        birth_year: p.birth_date ? undefined : (p.birth_year ?? undefined),
        sex: p.sex,
        personal_id: text(p.personal_id),
        school_stated: text(p.school_stated),
        vehicle_kind: p.vehicle_kind,
        plate: text(p.plate),
        decree: p.role === 'involved' ? undefined : decree,
        code: p.role === 'involved' ? undefined : code,
        sanction: p.sanction,
        fine_amount: p.sanction === 'fine' ? (p.fine_amount ?? undefined) : undefined,
        impounded: p.impounded ?? false,
        report_number: text(p.report_number),
        decision_number: text(p.decision_number),
      };
    });
    record.mutate(
      {
        occurred_at: `${v.day.format('YYYY-MM-DD')}T${v.time.format('HH:mm')}`,
        place_unit_id: v.place_unit_id ?? undefined,
        address: text(v.address),
        officer_name: text(v.officer_name),
        persons,
      },
      {
        onSuccess: (r) => {
          message.success(t('violations.recorded', { n: r.violations.length }));
          navigate('/vi-pham');
        },
        onError: server.onError,
      },
    );
  };

  return (
    <>
      <PageHeader title={t('violations.recordTitle')} description={t('violations.recordDescription')} />
      <Form<Values>
        form={form}
        name="record-violation"
        layout="vertical"
        requiredMark="optional"
        onFinish={onFinish}
        disabled={record.isPending}
        initialValues={{ day: dayjs(), time: dayjs().startOf('minute'), persons: [{ role: 'rider', sanction: 'warning' }] }}
      >
        <Card size="small" title={t('violations.stop')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col xs={12} sm={6}>
              <Form.Item name="day" label={t('violations.date')} rules={[{ required: true }]}>
                <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={4}>
              <Form.Item name="time" label={t('violations.time')} rules={[{ required: true }]}>
                <TimePicker format="HH:mm" allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item name="place_unit_id" label={t('violations.place')} extra={t('violations.placeHelp')}>
                <UnitTreeSelect date={dayIso} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} sm={14}>
              <Form.Item name="address" label={t('violations.address')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="officer_name" label={t('violations.officer')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Form.List name="persons">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <PersonCard key={f.key} index={f.name} day={dayIso} remove={fields.length > 1 ? () => remove(f.name) : undefined} />
              ))}
              {fields.length < 10 && (
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'passenger', sanction: 'warning' })} style={{ marginBottom: 12 }}>
                  {t('violations.addPerson')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        {server.alert}
        <FormFooter onCancel={server.close} busy={record.isPending} submitLabel={t('violations.submit')} />
      </Form>
    </>
  );
}
