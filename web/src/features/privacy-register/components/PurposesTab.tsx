// The register of processing purposes: what each purpose processes, on which legal basis, about
// whom, for whom and how long; "Sửa" opens the purpose in a form when the user may edit.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { usePurposes, type Purpose } from '../api/list-purposes';
import { useUpdatePurpose } from '../api/update-purpose';
import { dayCount, retentionText } from '../lib/retention';
import { RegisterTable } from './RegisterTable';

interface PurposeValues {
  name: string;
  description?: string;
  legal_basis: string;
  data_categories: string;
  data_subjects: string;
  recipients: string;
  use_general: boolean;
  retention_days?: number | null;
  retention_note?: string;
}

const FIELDS = ['name', 'description', 'legal_basis', 'data_categories', 'data_subjects', 'recipients', 'retention_days', 'retention_note'] as const;
const TEXT_AREA = { minRows: 2, maxRows: 6 };

function PurposeModal({ purpose, generalDays, onClose }: { purpose: Purpose | null; generalDays: number; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const update = useUpdatePurpose();
  const [form] = Form.useForm<PurposeValues>();
  const server = useServerForm(form, { fields: FIELDS, mutations: [update], onClose });
  const useGeneral = Form.useWatch('use_general', form);
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];
  return (
    <Modal open={purpose !== null} title={t('privacyRegister.editPurposeTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      {purpose && (
        <Form<PurposeValues>
          form={form}
          clearOnDestroy
          name="privacy-purpose"
          layout="vertical"
          requiredMark="optional"
          disabled={update.isPending}
          initialValues={{
            name: purpose.name,
            description: purpose.description,
            legal_basis: purpose.legal_basis,
            data_categories: purpose.data_categories,
            data_subjects: purpose.data_subjects,
            recipients: purpose.recipients,
            use_general: purpose.retention_days === null,
            retention_days: purpose.retention_days ?? undefined,
            retention_note: purpose.retention_note,
          }}
          onFinish={(v) =>
            update.mutate(
              {
                code: purpose.code,
                name: v.name.trim(),
                description: v.description?.trim() ?? '',
                legal_basis: v.legal_basis.trim(),
                data_categories: v.data_categories.trim(),
                data_subjects: v.data_subjects.trim(),
                recipients: v.recipients.trim(),
                retention_days: v.use_general ? null : (v.retention_days ?? null),
                retention_note: v.retention_note?.trim() ?? '',
              },
              {
                onSuccess: () => {
                  message.success(t('privacyRegister.purposeSaved'));
                  server.close();
                },
                onError: server.onError,
              },
            )
          }
        >
          <Form.Item name="name" label={t('privacyRegister.name')} rules={required(t('privacyRegister.nameRequired'))}>
            <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
          <Form.Item name="description" label={t('privacyRegister.description')}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item name="legal_basis" label={t('privacyRegister.legalBasis')} rules={required(t('privacyRegister.legalBasisRequired'))}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item name="data_categories" label={t('privacyRegister.dataCategoriesField')} rules={required(t('privacyRegister.dataCategoriesRequired'))}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item name="data_subjects" label={t('privacyRegister.dataSubjects')} rules={required(t('privacyRegister.dataSubjectsRequired'))}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item name="recipients" label={t('privacyRegister.recipients')} rules={required(t('privacyRegister.recipientsRequired'))}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item label={t('privacyRegister.retention')} required>
            <Form.Item name="use_general" valuePropName="checked" noStyle>
              <Checkbox>{t('privacyRegister.useGeneral', { n: dayCount(lang, generalDays) })}</Checkbox>
            </Form.Item>
            {!useGeneral && (
              <Form.Item
                name="retention_days"
                className="privacy-retention-days"
                rules={[{ required: true, type: 'integer', min: 1, max: 36500, message: t('privacyRegister.retentionDaysRequired') }]}
              >
                <InputNumber min={1} max={36500} precision={0} suffix={t('privacyRegister.days')} aria-label={t('privacyRegister.retentionDaysField')} style={{ width: 200 }} />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="retention_note" label={t('privacyRegister.retentionNote')}>
            <Input.TextArea maxLength={2000} autoSize={TEXT_AREA} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={update.isPending} />
        </Form>
      )}
    </Modal>
  );
}

export function PurposesTab() {
  const { t, lang } = useI18n();
  const list = usePurposes();
  const [editing, setEditing] = useState<Purpose | null>(null);
  const d = list.data;
  const generalDays = d?.general_retention_days ?? 0;
  const text = (s: string) => <div className="privacy-text">{s}</div>;
  const columns: ColumnsType<Purpose> = [
    {
      key: 'purpose',
      title: t('privacyRegister.purpose'),
      width: 200,
      render: (_, p) => (
        <>
          <div className="cell-strong privacy-text">{p.name}</div>
          {p.description && <div className="muted privacy-text">{p.description}</div>}
        </>
      ),
    },
    { key: 'legal_basis', title: t('privacyRegister.legalBasis'), width: 180, render: (_, p) => text(p.legal_basis) },
    { key: 'data_categories', title: t('privacyRegister.dataCategories'), width: 170, render: (_, p) => text(p.data_categories) },
    { key: 'data_subjects', title: t('privacyRegister.dataSubjects'), width: 130, render: (_, p) => text(p.data_subjects) },
    { key: 'recipients', title: t('privacyRegister.recipients'), width: 140, render: (_, p) => text(p.recipients) },
    {
      key: 'retention',
      title: t('privacyRegister.retention'),
      width: 140,
      render: (_, p) => (
        <>
          <div>{retentionText(t, lang, p.retention_days, generalDays)}</div>
          {p.retention_note && <div className="muted privacy-text">{p.retention_note}</div>}
        </>
      ),
    },
    ...(d?.can_edit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 80,
            render: (_: unknown, p: Purpose) => (
              <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(p)} aria-label={t('privacyRegister.editPurposeOf', { name: p.name })}>
                {t('privacyRegister.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <ErrorAlert error={list.error} className="form-alert" />
      <RegisterTable<Purpose>
        label={t('privacyRegister.purposesLabel')}
        rowKey="code"
        columns={columns}
        rows={d?.purposes ?? []}
        loading={list.isFetching}
        width={d?.can_edit ? 1040 : 960}
        pageSize={50}
        empty={t('privacyRegister.purposesNone')}
      />
      <PurposeModal purpose={editing} generalDays={generalDays} onClose={() => setEditing(null)} />
    </>
  );
}
