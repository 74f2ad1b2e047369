// Rename a unit or move it under another parent from an effective date: form → server preview →
// apply.
import { Button, Card, DatePicker, Flex, Form, Input, Radio, Result } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DISPLAY_DATE_FORMAT, formatDate, todayIso } from '../../../lib/dates';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { useApplyUnitEvent } from '../api/apply-unit-event';
import { usePreviewUnitEvent, type UnitEventPreview } from '../api/preview-unit-event';
import { unitEventInputSchema, type UnitEventInput } from '../../../lib/units/model';
import { useUnitForest } from '../../../lib/units/use-unit-forest';
import { orgPath } from '../../../lib/units/use-view-date';
import { PreviewTables, PreviewWarnings } from './PreviewTables';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';

interface ChangeValues {
  kind: 'rename' | 'move';
  date: Dayjs;
  unit_id?: number | null;
  name?: string;
  parent_id?: number | null;
  note?: string;
}

const FORM_FIELDS = ['kind', 'date', 'unit_id', 'name', 'parent_id', 'note'];

export function buildChangeInput(v: ChangeValues): UnitEventInput {
  return unitEventInputSchema.parse({
    kind: v.kind,
    date: v.date.format('YYYY-MM-DD'),
    unit_ids: v.unit_id != null ? [v.unit_id] : [],
    successor_ids: [],
    new_unit: null,
    name: v.kind === 'rename' ? (v.name ?? '').trim() : null,
    parent_id: v.kind === 'move' ? (v.parent_id ?? null) : null,
    note: v.note?.trim() || null,
  });
}

export function UnitChangeForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChangeValues>();
  const [input, setInput] = useState<UnitEventInput | null>(null);
  const [preview, setPreview] = useState<UnitEventPreview | null>(null);
  const [eventId, setEventId] = useState<number | null>(null);
  const previewMutation = usePreviewUnitEvent();
  const apply = useApplyUnitEvent();

  const kind = Form.useWatch('kind', form) ?? 'rename';
  const dateValue = Form.useWatch('date', form);
  const unitId = Form.useWatch('unit_id', form);
  const date = dateValue ? dateValue.format('YYYY-MM-DD') : todayIso();
  const { forest } = useUnitForest(date);
  const nameOf = (id: number | null) => (id === null ? t('common.none') : forest?.byId.get(id)?.unit.name ?? `#${id}`);

  // Two alerts, one per step (preview, apply): the form places them itself.
  const server = useServerForm(form, { fields: FORM_FIELDS, aliases: { unit_ids: 'unit_id' }, mutations: [previewMutation, apply] });
  const showFieldErrors = server.onError;
  const unmapped = server.unmapped;

  const onValuesChange = (changed: Partial<ChangeValues>) => {
    // Start a rename from the current name; any edit invalidates an earlier preview.
    if (changed.unit_id != null && forest) {
      const node = forest.byId.get(changed.unit_id);
      if (node) form.setFieldsValue({ name: node.unit.name });
    }
    setPreview(null);
  };

  const doPreview = async () => {
    server.clearErrors();
    apply.reset();
    let values: ChangeValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body = buildChangeInput(values);
    previewMutation.mutate(body, {
      onSuccess: (p) => {
        setInput(body);
        setPreview(p);
      },
      onError: showFieldErrors,
    });
  };

  const doApply = () => {
    if (!input) return;
    apply.mutate(input, { onSuccess: (r) => setEventId(r.event_id), onError: showFieldErrors });
  };

  if (eventId !== null && input) {
    return (
      <Result
        status="success"
        title={<h2 className="result-title">{t('wizard.done')}</h2>}
        subTitle={t('wizard.doneText', { id: eventId, date: formatDate(input.date) })}
        extra={[
          <Button type="primary" key="view" onClick={() => navigate(orgPath(input.date))}>
            {t('wizard.viewTree', { date: formatDate(input.date) })}
          </Button>,
          <Button
            key="again"
            onClick={() => {
              form.resetFields();
              setInput(null);
              setPreview(null);
              setEventId(null);
            }}
          >
            {t('wizard.again')}
          </Button>,
        ]}
      />
    );
  }

  return (
    <>
      <Form<ChangeValues>
        form={form}
        name="unit-change"
        layout="vertical"
        requiredMark="optional"
        initialValues={{ kind: 'rename', date: dayjs(todayIso()) }}
        onValuesChange={onValuesChange}
        className="wizard-form"
      >
        <Form.Item name="kind" label={t('wizard.kind')}>
          <Radio.Group
            options={[
              { value: 'rename', label: t('event.rename') },
              { value: 'move', label: t('event.move') },
            ]}
          />
        </Form.Item>
        <Form.Item name="date" label={t('wizard.date')} extra={t('wizard.dateHelp')} rules={[{ required: true, message: t('wizard.dateRequired') }]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item name="unit_id" label={t('change.unit')} rules={[{ required: true, message: t('wizard.unitRequired') }]}>
          <UnitTreeSelect date={date} />
        </Form.Item>
        {kind === 'rename' ? (
          <Form.Item name="name" label={t('change.newName')} rules={[{ required: true, whitespace: true, message: t('wizard.nameRequired') }]}>
            <Input maxLength={255} />
          </Form.Item>
        ) : (
          <Form.Item name="parent_id" label={t('change.newParent')} rules={[{ required: true, message: t('change.parentRequired') }]}>
            <UnitTreeSelect date={date} excludeIds={unitId != null ? [unitId] : []} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('wizard.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {previewMutation.isError && <ErrorAlert error={previewMutation.error} extraMessages={unmapped} className="form-alert" />}
        <Button onClick={doPreview} loading={previewMutation.isPending} type={preview ? 'default' : 'primary'}>
          {t('wizard.toPreview')}
        </Button>
      </Form>

      {preview && input && (
        <Card className="change-preview" title={t('wizard.step.preview')}>
          <PreviewWarnings warnings={preview.warnings} />
          <PreviewTables preview={preview} nameOf={nameOf} headingLevel={2} />
          {apply.isError && <ErrorAlert error={apply.error} extraMessages={unmapped} className="form-alert" />}
          <Flex gap={8} wrap className="wizard-actions">
            <Button type="primary" onClick={doApply} loading={apply.isPending}>
              {t('wizard.apply')}
            </Button>
          </Flex>
        </Card>
      )}
    </>
  );
}
