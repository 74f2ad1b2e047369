// Corrects a violation code (PUT) or adds one (POST) — administrators. Adding the amended version
// of a code: the same decree and code with a later "in force from" (and the old one given an end
// day). Clearing "needs review" records that the code was checked against the official text.
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCreateViolationCode, type ViolationCodeInput } from '../api/create-violation-code';
import { useBehaviourCategories } from '../../../lib/legal/list-behaviour-categories';
import { useDecrees } from '../api/list-decrees';
import { VEHICLE_KINDS, type ViolationCode } from '../../../lib/legal/list-violation-codes';
import { useUpdateViolationCode } from '../api/update-violation-code';
import { categoryLabel } from '../../../lib/legal/display';

interface Values {
  decree: string;
  code: string;
  vehicle_kind: string;
  description: string;
  fine_min?: number | null;
  fine_max?: number | null;
  licence_points?: number | null;
  additional_sanctions?: string | null;
  impoundable: boolean;
  effective_from: Dayjs;
  effective_to?: Dayjs | null;
  category: string;
  source?: string | null;
  notes?: string | null;
  needs_review: boolean;
  review_note?: string | null;
}

const text = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function ViolationCodeModal({ open, code, onClose }: { open: boolean; code: ViolationCode | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateViolationCode();
  const update = useUpdateViolationCode();
  const decrees = useDecrees();
  const categories = useBehaviourCategories();
  const server = useServerForm(form, {
    fields: ['decree', 'code', 'vehicle_kind', 'description', 'fine_min', 'fine_max', 'licence_points', 'additional_sanctions', 'effective_from', 'effective_to', 'category', 'source', 'notes', 'review_note'],
    mutations: [create, update],
    onClose,
  });
  const needsReview = Form.useWatch('needs_review', form);
  const busy = create.isPending || update.isPending;

  const onFinish = (v: Values) => {
    const input: ViolationCodeInput = {
      decree: v.decree,
      code: v.code.trim(),
      vehicle_kind: v.vehicle_kind,
      description: v.description.trim(),
      fine_min: v.fine_min ?? null,
      fine_max: v.fine_max ?? null,
      licence_points: v.licence_points ?? null,
      additional_sanctions: text(v.additional_sanctions),
      impoundable: v.impoundable,
      effective_from: v.effective_from.format('YYYY-MM-DD'),
      effective_to: v.effective_to ? v.effective_to.format('YYYY-MM-DD') : null,
      category: v.category,
      source: text(v.source),
      notes: text(v.notes),
      review_note: v.needs_review ? (text(v.review_note) ?? t('legal.reviewDefault')) : null,
    };
    const done = {
      onSuccess: () => {
        message.success(t('legal.saved', { code: input.code }));
        server.close();
      },
      onError: server.onError,
    };
    if (code) update.mutate({ id: code.id, input }, done);
    else create.mutate(input, done);
  };

  const initial: Partial<Values> = code
    ? {
        ...code,
        effective_from: dayjs(code.effective_from),
        effective_to: code.effective_to ? dayjs(code.effective_to) : null,
        needs_review: code.review_note !== null,
      }
    : { impoundable: false, needs_review: false, vehicle_kind: 'motorbike' };

  return (
    <Modal open={open} title={code ? t('legal.editNamed', { citation: code.citation }) : t('legal.add')} onCancel={server.close} footer={null} destroyOnHidden width={720}>
      {open && (
        <Form<Values> form={form} clearOnDestroy name="violation-code" layout="vertical" requiredMark="optional" onFinish={onFinish} disabled={busy} initialValues={initial}>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="decree" label={t('legal.decreeField')} rules={[{ required: true, message: t('legal.decreeRequired') }]}>
                <Select options={(decrees.data?.decrees ?? []).map((d) => ({ value: d.code, label: t('legal.decree', { number: d.number }) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="code" label={t('legal.codeField')} extra={t('legal.codeHelp')} rules={[{ required: true, whitespace: true, message: t('legal.codeRequired') }]}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('legal.description')} rules={[{ required: true, whitespace: true, message: t('legal.descriptionRequired') }]}>
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="category" label={t('legal.category')} rules={[{ required: true, message: t('legal.categoryRequired') }]}>
                <Select showSearch optionFilterProp="label" options={(categories.data?.behaviour_categories ?? []).map((c) => ({ value: c.code, label: categoryLabel(lang, categories.data?.behaviour_categories, c.code) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="vehicle_kind" label={t('legal.vehicle')} rules={[{ required: true }]}>
                <Select options={VEHICLE_KINDS.map((k) => ({ value: k, label: labelFor(t, 'vehicleKind', k) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={12} sm={8}>
              <Form.Item name="fine_min" label={t('legal.fineMin')}>
                <InputNumber min={0} step={50000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="fine_max" label={t('legal.fineMax')}>
                <InputNumber min={0} step={50000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="licence_points" label={t('legal.pointsField')}>
                <InputNumber min={0} max={12} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="additional_sanctions" label={t('legal.additional')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item name="impoundable" valuePropName="checked">
            <Checkbox>{t('legal.impoundableField')}</Checkbox>
          </Form.Item>
          <Row gutter={12}>
            <Col xs={12}>
              <Form.Item name="effective_from" label={t('legal.from')} rules={[{ required: true, message: t('legal.fromRequired') }]}>
                <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="effective_to" label={t('legal.to')}>
                <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="source" label={t('legal.source')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item name="notes" label={t('legal.notes')}>
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item name="needs_review" valuePropName="checked">
            <Checkbox>{t('legal.needsReviewField')}</Checkbox>
          </Form.Item>
          {needsReview && (
            <Form.Item name="review_note" label={t('legal.reviewNote')}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          )}
          {server.alert}
          <FormFooter onCancel={server.close} busy={busy} />
        </Form>
      )}
    </Modal>
  );
}
