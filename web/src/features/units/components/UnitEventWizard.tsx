// Merge / split / dissolve wizard: (1) units, date and successor (an existing unit or a new one),
// (2) the server's preview of what moves where, (3) confirmation, then the result.
import { Alert, Button, Checkbox, DatePicker, Descriptions, Flex, Form, Input, Radio, Result, Select, Steps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/api';
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

type StructuralKind = 'merge' | 'split' | 'dissolve';

interface NewUnitValues {
  code?: string;
  name?: string;
  short_name?: string;
  type?: string;
  parent_id?: number | null;
}

interface WizardValues {
  kind: StructuralKind;
  date: Dayjs;
  unit_ids?: number[];
  unit_id?: number | null;
  successor_mode?: 'existing' | 'new';
  successor_id?: number | null;
  successor_ids?: number[];
  create_new?: boolean;
  new_unit?: NewUnitValues;
  note?: string;
}

const FORM_FIELDS = [
  'kind',
  'date',
  'unit_ids',
  'unit_id',
  'successor_id',
  'successor_ids',
  'new_unit.code',
  'new_unit.name',
  'new_unit.short_name',
  'new_unit.type',
  'new_unit.parent_id',
  'note',
];

function wantsNewUnit(v: WizardValues): boolean {
  return (v.kind === 'merge' && v.successor_mode === 'new') || (v.kind === 'split' && !!v.create_new);
}

export function buildWizardInput(v: WizardValues): UnitEventInput {
  const newUnit = wantsNewUnit(v)
    ? {
        code: (v.new_unit?.code ?? '').trim(),
        name: (v.new_unit?.name ?? '').trim(),
        short_name: v.new_unit?.short_name?.trim() || null,
        type: v.new_unit?.type ?? '',
        parent_id: v.new_unit?.parent_id ?? null,
      }
    : null;
  let unitIds: number[];
  let successorIds: number[];
  if (v.kind === 'split') {
    unitIds = v.unit_id != null ? [v.unit_id] : [];
    successorIds = v.successor_ids ?? [];
  } else if (v.kind === 'merge') {
    unitIds = v.unit_ids ?? [];
    successorIds = v.successor_mode === 'existing' && v.successor_id != null ? [v.successor_id] : [];
  } else {
    unitIds = v.unit_ids ?? [];
    successorIds = v.successor_ids ?? [];
  }
  return unitEventInputSchema.parse({
    kind: v.kind,
    date: v.date.format('YYYY-MM-DD'),
    unit_ids: unitIds,
    successor_ids: successorIds,
    new_unit: newUnit,
    name: null,
    parent_id: null,
    note: v.note?.trim() || null,
  });
}

export function UnitEventWizard() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [input, setInput] = useState<UnitEventInput | null>(null);
  const [preview, setPreview] = useState<UnitEventPreview | null>(null);
  const [eventId, setEventId] = useState<number | null>(null);
  const previewMutation = usePreviewUnitEvent();
  const apply = useApplyUnitEvent();
  const topRef = useRef<HTMLDivElement>(null);

  // Each step starts at the top of the wizard.
  useEffect(() => {
    const el = topRef.current;
    if (el && el.getBoundingClientRect().top < 0) el.scrollIntoView({ block: 'start' });
  }, [step]);

  const kind = Form.useWatch('kind', form) ?? 'merge';
  const dateValue = Form.useWatch('date', form);
  const successorMode = Form.useWatch('successor_mode', form) ?? 'new';
  const createNew = Form.useWatch('create_new', form) ?? false;
  const unitIds = Form.useWatch('unit_ids', form);
  const unitId = Form.useWatch('unit_id', form);
  const date = dateValue ? dateValue.format('YYYY-MM-DD') : todayIso();
  const { forest, types } = useUnitForest(date);

  const nameOf = useMemo(
    () => (id: number | null) => {
      if (id === null) return input?.new_unit ? t('wizard.newUnitNamed', { name: input.new_unit.name }) : t('common.none');
      return forest?.byId.get(id)?.unit.name ?? `#${id}`;
    },
    [forest, input, t],
  );

  // The alerts sit at the step they belong to: the form places them itself.
  const aliases: Record<string, string> =
    kind === 'split' ? { unit_ids: 'unit_id' } : kind === 'merge' && successorMode === 'existing' ? { successor_ids: 'successor_id' } : {};
  const server = useServerForm(form, { fields: FORM_FIELDS, aliases, mutations: [previewMutation, apply] });
  const showFieldErrors = server.onError;
  const unmapped = server.unmapped;

  // Prefill the new unit's type and parent from the first unit being merged or split.
  const onValuesChange = (changed: Partial<WizardValues>, all: WizardValues) => {
    const first = changed.unit_ids?.[0] ?? (changed.unit_id ?? undefined);
    if (first === undefined || !forest) return;
    const node = forest.byId.get(first);
    if (!node) return;
    const nu = all.new_unit ?? {};
    form.setFieldsValue({
      new_unit: { ...nu, type: nu.type ?? node.unit.type, parent_id: nu.parent_id ?? node.unit.parent_id ?? undefined },
    });
  };

  const goPreview = async () => {
    server.clearErrors();
    apply.reset();
    let values: WizardValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body = buildWizardInput(values);
    previewMutation.mutate(body, {
      onSuccess: (p) => {
        setInput(body);
        setPreview(p);
        setStep(1);
      },
      onError: showFieldErrors,
    });
  };

  const doApply = () => {
    if (!input) return;
    apply.mutate(input, {
      onSuccess: (r) => {
        setEventId(r.event_id);
        setStep(3);
      },
      onError: (e) => {
        if (isApiError(e) && Object.keys(e.fields).length > 0) {
          showFieldErrors(e);
          setStep(0);
        }
      },
    });
  };

  const restart = () => {
    form.resetFields();
    setInput(null);
    setPreview(null);
    setEventId(null);
    previewMutation.reset();
    apply.reset();
    setStep(0);
  };

  const unitsLabel = kind === 'merge' ? t('wizard.unitsMerge') : t('wizard.unitsDissolve');
  const selectedForExclusion = kind === 'split' ? (unitId != null ? [unitId] : []) : unitIds ?? [];

  return (
    <div className="wizard" ref={topRef}>
      <Steps
        current={Math.min(step, 2)}
        status={step === 3 ? 'finish' : 'process'}
        className="wizard-steps"
        items={[{ title: t('wizard.step.details') }, { title: t('wizard.step.preview') }, { title: t('wizard.step.confirm') }]}
      />

      <div hidden={step !== 0}>
        <Form<WizardValues>
          form={form}
          name="unit-event"
          layout="vertical"
          requiredMark="optional"
          initialValues={{ kind: 'merge', date: dayjs(todayIso()), successor_mode: 'new', create_new: false }}
          onValuesChange={onValuesChange}
          className="wizard-form"
        >
          <Form.Item name="kind" label={t('wizard.kind')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'merge', label: t('event.merge') },
                { value: 'split', label: t('event.split') },
                { value: 'dissolve', label: t('event.dissolve') },
              ]}
            />
          </Form.Item>
          <Form.Item name="date" label={t('wizard.date')} extra={t('wizard.dateHelp')} rules={[{ required: true, message: t('wizard.dateRequired') }]}>
            <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} />
          </Form.Item>

          {kind === 'split' ? (
            <Form.Item name="unit_id" label={t('wizard.unitSplit')} rules={[{ required: true, message: t('wizard.unitRequired') }]}>
              <UnitTreeSelect date={date} />
            </Form.Item>
          ) : (
            <Form.Item
              name="unit_ids"
              label={unitsLabel}
              required
              rules={[
                {
                  validator: (_, v: number[] | undefined) => {
                    const min = kind === 'merge' ? 2 : 1;
                    return (v?.length ?? 0) >= min
                      ? Promise.resolve()
                      : Promise.reject(new Error(kind === 'merge' ? t('wizard.atLeastTwo') : t('wizard.unitRequired')));
                  },
                },
              ]}
            >
              <UnitTreeSelect date={date} multiple />
            </Form.Item>
          )}

          {kind === 'merge' && (
            <>
              <Form.Item name="successor_mode" label={t('wizard.successor')} required>
                <Radio.Group
                  options={[
                    { value: 'new', label: t('wizard.successorNew') },
                    { value: 'existing', label: t('wizard.successorExisting') },
                  ]}
                />
              </Form.Item>
              {successorMode === 'existing' && (
                <Form.Item
                  name="successor_id"
                  label={t('wizard.successorUnit')}
                  dependencies={['unit_ids']}
                  rules={[
                    { required: true, message: t('wizard.successorRequired') },
                    ({ getFieldValue }) => ({
                      validator: (_, v: number | null | undefined) =>
                        v != null && (getFieldValue('unit_ids') ?? []).includes(v)
                          ? Promise.reject(new Error(t('wizard.successorNotMerged')))
                          : Promise.resolve(),
                    }),
                  ]}
                >
                  <UnitTreeSelect date={date} excludeIds={selectedForExclusion} />
                </Form.Item>
              )}
            </>
          )}

          {(kind === 'split' || kind === 'dissolve') && (
            <Form.Item
              name="successor_ids"
              label={kind === 'split' ? t('wizard.splitTargets') : t('wizard.dissolveTargets')}
              required={kind === 'split' && !createNew}
              extra={kind === 'dissolve' ? t('wizard.dissolveTargetsHelp') : undefined}
              dependencies={['create_new']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v: number[] | undefined) =>
                    kind === 'split' && (v?.length ?? 0) === 0 && !getFieldValue('create_new')
                      ? Promise.reject(new Error(t('wizard.splitNeedsTarget')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <UnitTreeSelect date={date} multiple excludeIds={selectedForExclusion} />
            </Form.Item>
          )}
          {kind === 'split' && (
            <Form.Item name="create_new" valuePropName="checked">
              <Checkbox>{t('wizard.splitCreateNew')}</Checkbox>
            </Form.Item>
          )}

          {((kind === 'merge' && successorMode === 'new') || (kind === 'split' && createNew)) && (
            <fieldset className="new-unit-fieldset">
              <legend>{t('wizard.newUnit')}</legend>
              <Form.Item name={['new_unit', 'code']} label={t('unit.code')} rules={[{ required: true, whitespace: true, message: t('wizard.codeRequired') }]}>
                <Input maxLength={64} />
              </Form.Item>
              <Form.Item name={['new_unit', 'name']} label={t('unit.name')} rules={[{ required: true, whitespace: true, message: t('wizard.nameRequired') }]}>
                <Input maxLength={255} />
              </Form.Item>
              <Form.Item name={['new_unit', 'short_name']} label={t('unit.shortName')}>
                <Input maxLength={128} />
              </Form.Item>
              <Form.Item name={['new_unit', 'type']} label={t('unit.type')} rules={[{ required: true, message: t('wizard.typeRequired') }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={types.map((ty) => ({ value: ty.code, label: ty.name }))}
                  placeholder={t('wizard.typePlaceholder')}
                />
              </Form.Item>
              <Form.Item name={['new_unit', 'parent_id']} label={t('unit.parent')}>
                <UnitTreeSelect date={date} excludeIds={selectedForExclusion} />
              </Form.Item>
            </fieldset>
          )}

          <Form.Item name="note" label={t('wizard.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>

          {previewMutation.isError && <ErrorAlert error={previewMutation.error} extraMessages={unmapped} className="form-alert" />}
          {apply.isError && step === 0 && <ErrorAlert error={apply.error} extraMessages={unmapped} className="form-alert" />}
          <Button type="primary" onClick={goPreview} loading={previewMutation.isPending}>
            {t('wizard.toPreview')}
          </Button>
        </Form>
      </div>

      {step === 1 && preview && (
        <div className="wizard-panel">
          <PreviewWarnings warnings={preview.warnings} />
          <PreviewTables preview={preview} nameOf={nameOf} headingLevel={2} />
          <Flex gap={8} wrap className="wizard-actions">
            <Button onClick={() => setStep(0)}>{t('common.back')}</Button>
            <Button type="primary" onClick={() => setStep(2)}>
              {t('common.continue')}
            </Button>
          </Flex>
        </div>
      )}

      {step === 2 && input && (
        <div className="wizard-panel">
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'kind', label: t('wizard.kind'), children: t(`event.${input.kind}`) },
              { key: 'date', label: t('wizard.date'), children: formatDate(input.date) },
              { key: 'units', label: t('wizard.affected'), children: input.unit_ids.map((id) => nameOf(id)).join('; ') },
              {
                key: 'succ',
                label: t('wizard.successor'),
                children:
                  [
                    ...input.successor_ids.map((id) => nameOf(id)),
                    ...(input.new_unit ? [t('wizard.newUnitNamed', { name: `${input.new_unit.name} (${input.new_unit.code})` })] : []),
                  ].join('; ') || t('common.none'),
              },
              ...(input.note ? [{ key: 'note', label: t('wizard.note'), children: input.note }] : []),
              {
                key: 'counts',
                label: t('wizard.preview'),
                children: t('wizard.previewCounts', { changes: preview?.changes.length ?? 0, children: preview?.children.length ?? 0 }),
              },
            ]}
          />
          {preview && <PreviewWarnings warnings={preview.warnings} />}
          <Alert type="warning" showIcon title={t('wizard.confirmWarning', { date: formatDate(input.date) })} className="form-alert" />
          {apply.isError && <ErrorAlert error={apply.error} className="form-alert" />}
          <Flex gap={8} wrap className="wizard-actions">
            <Button onClick={() => setStep(1)} disabled={apply.isPending}>
              {t('common.back')}
            </Button>
            <Button type="primary" onClick={doApply} loading={apply.isPending}>
              {t('wizard.apply')}
            </Button>
          </Flex>
        </div>
      )}

      {step === 3 && input && (
        <Result
          status="success"
          title={<h2 className="result-title">{t('wizard.done')}</h2>}
          subTitle={t('wizard.doneText', { id: eventId ?? '', date: formatDate(input.date) })}
          extra={[
            <Button type="primary" key="view" onClick={() => navigate(orgPath(input.date))}>
              {t('wizard.viewTree', { date: formatDate(input.date) })}
            </Button>,
            <Button key="again" onClick={restart}>
              {t('wizard.again')}
            </Button>,
          ]}
        />
      )}
    </div>
  );
}
