// Adds or edits an indicator (PUT /api/v1/indicators/{code}); the computation is edited as JSON
// text. "Thử tính" (POST /indicators/preview) checks it and computes it for a school year without
// saving, along the structure of the time or as of today ("Chưa phân bổ" beside the value when a
// split unit's figures belong to no single successor). The server's Vietnamese errors on "computation.…" show under the JSON field.
import { Alert, App, Button, Collapse, Flex, Form, Input, InputNumber, Modal, Segmented, Select } from 'antd';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { labelFor, useI18n } from '../../../lib/i18n';
import type { Indicator } from '../api/list-indicators';
import { VIEWS, type IndicatorView, usePreviewIndicator } from '../api/preview-indicator';
import { useUpdateIndicator } from '../api/update-indicator';
import { computationToText, fieldWords, parseComputation } from '../lib/computation';
import { useIndicators } from '../api/list-indicators';

interface Values {
  code: string;
  name: string;
  unit: string;
  description?: string | null;
  source?: string | null;
  sort_order?: number | null;
  computation: string;
  school_year?: string;
  view?: IndicatorView;
}

const FIELDS = ['code', 'name', 'unit', 'description', 'source', 'sort_order', 'computation'];

/** Server field names onto the form: every "computation.…" error goes under the JSON text. */
function formField(field: string): string {
  return field.startsWith('computation') ? 'computation' : field;
}

interface Props {
  open: boolean;
  indicator: Indicator | null;
  schoolYears: string[];
  defaultSchoolYear: string;
  onClose: () => void;
}

export function IndicatorModal({ open, indicator, schoolYears, defaultSchoolYear, onClose }: Props) {
  const { t } = useI18n();
  const catalogue = useIndicators();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateIndicator();
  const preview = usePreviewIndicator();
  const server = useServerForm(form, { fields: FIELDS, rename: formField, mutations: [update, preview], onClose });
  const close = server.close;
  const showErrors = server.onError;

  const computationRule = {
    validator: (_: unknown, v: string | undefined) => {
      const parsed = parseComputation(v ?? '');
      if (parsed.ok) return Promise.resolve();
      return Promise.reject(new Error(parsed.error === 'syntax' ? t('indicators.jsonInvalid', { message: parsed.message }) : t('indicators.jsonNotObject')));
    },
  };

  const onFinish = (v: Values) => {
    const parsed = parseComputation(v.computation);
    if (!parsed.ok) return;
    const code = v.code.trim();
    preview.reset();
    update.mutate(
      {
        code,
        input: {
          name: v.name.trim(),
          unit: v.unit.trim(),
          computation: parsed.value,
          description: v.description?.trim() || null,
          source: v.source?.trim() || null,
          ...(v.sort_order == null ? {} : { sort_order: v.sort_order }),
        },
      },
      {
        onSuccess: () => {
          message.success(t('indicators.saved', { code }));
          close();
        },
        onError: showErrors,
      },
    );
  };

  const tryIt = async () => {
    server.clearErrors();
    update.reset();
    const v = await form.validateFields(['computation', 'school_year', 'view']).catch(() => null);
    if (!v) return;
    const parsed = parseComputation(v.computation);
    if (!parsed.ok || !v.school_year) return;
    preview.mutate({ computation: parsed.value, school_year: v.school_year, view: v.view ?? 'time' }, { onError: showErrors });
  };

  const result = preview.data;

  return (
    <Modal
      open={open}
      title={indicator ? t('indicators.editTitle', { code: indicator.code }) : t('indicators.newTitle')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      width={720}
    >
      {open && (
        <Form<Values>
          form={form}
          clearOnDestroy
          name="indicator"
          layout="vertical"
          requiredMark="optional"
          onFinish={onFinish}
          disabled={update.isPending}
          initialValues={{
            code: indicator?.code ?? '',
            name: indicator?.name ?? '',
            unit: indicator?.unit ?? '',
            description: indicator?.description ?? null,
            source: indicator?.source ?? null,
            sort_order: indicator?.sort_order ?? null,
            computation: indicator ? computationToText(indicator.computation) : computationToText({ count: { source: 'violations' } }),
            school_year: defaultSchoolYear || undefined,
            view: 'time',
          }}
        >
          <Flex gap={12} wrap>
            <Form.Item
              name="code"
              label={t('indicators.code')}
              style={{ flex: '1 1 200px' }}
              rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]*$/, message: t('indicators.codeRequired') }]}
            >
              <Input maxLength={64} disabled={indicator !== null} />
            </Form.Item>
            <Form.Item name="sort_order" label={t('indicators.sortOrder')} style={{ flex: '0 1 120px' }}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="name" label={t('indicators.name')} rules={[{ required: true, whitespace: true, message: t('indicators.nameRequired') }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="unit" label={t('indicators.unit')} rules={[{ required: true, whitespace: true, message: t('indicators.unitRequired') }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="computation" label={t('indicators.computationJson')} extra={t('indicators.computationHelp')} rules={[computationRule]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} spellCheck={false} className="computation-json" />
          </Form.Item>
          <Collapse
            size="small"
            className="form-alert"
            items={[
              {
                key: 'names',
                label: t('indicators.formulaNames'),
                children: (
                  <ul className="plain-list">
                    {(catalogue.data?.sources ?? []).map((s) => (
                      <li key={s.name}>
                        <code>{s.name}</code> ({s.name_vi}):{' '}
                        {s.fields.map((f, i) => (
                          <span key={f.name}>
                            {i > 0 && ', '}
                            <code>{f.name}</code> <span className="muted">({fieldWords(t, s.name, f.name)})</span>
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          <Form.Item name="description" label={t('indicators.descriptionField')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item name="source" label={t('indicators.source')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Flex gap={12} align="flex-end" wrap className="indicator-try">
            <Form.Item name="school_year" label={t('indicators.tryYear')} rules={[{ required: true, message: t('indicators.tryYear') }]} style={{ flex: '0 1 200px', marginBottom: 0 }}>
              <Select showSearch options={schoolYears.map((y) => ({ value: y, label: y }))} />
            </Form.Item>
            <Form.Item name="view" label={t('indicators.view')} tooltip={t('indicators.viewHelp')} style={{ marginBottom: 0 }}>
              <Segmented<IndicatorView> options={VIEWS.map((v) => ({ value: v, label: t(`indicators.view.${v}`) }))} />
            </Form.Item>
            <Button onClick={tryIt} loading={preview.isPending}>
              {t('indicators.try')}
            </Button>
          </Flex>
          <div aria-live="polite" className="form-alert">
            {result && (
              <Alert
                type="info"
                showIcon
                className="indicator-preview-result"
                title={t('indicators.tryResult', {
                  rollup: labelFor(t, 'indicators.rollup', result.rollup),
                  year: result.school_year,
                  value: result.value === null ? t('indicators.noValue') : result.value.toLocaleString('vi-VN'),
                })}
                description={
                  <>
                    {t(`indicators.view.${result.view}`)}
                    {result.as_of ? ` (${result.as_of})` : ''}
                    {result.unallocated !== null && result.unallocated > 0 && (
                      <div className="indicator-unallocated">{t('indicators.unallocated', { value: result.unallocated.toLocaleString('vi-VN') })}</div>
                    )}
                  </>
                }
              />
            )}
          </div>
          {server.alert}
          <FormFooter onCancel={close} busy={update.isPending} />
        </Form>
      )}
    </Modal>
  );
}
