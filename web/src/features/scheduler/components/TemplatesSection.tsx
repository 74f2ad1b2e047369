// Notification templates: the in-app title/body and the e-mail subject/body of each notification
// kind, with {{placeholders}}; an administrator can edit them.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { useServerForm } from '../../../components/use-server-form';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useTemplates, type Template } from '../api/list-templates';
import { useUpdateTemplate, type TemplatePatch } from '../api/update-template';

const FIELDS = ['title', 'body', 'email_subject', 'email_body', 'source'] as const;

function EditTemplateModal({ template, onClose }: { template: Template | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Required<TemplatePatch>>();
  const update = useUpdateTemplate();
  const server = useServerForm(form, { fields: FIELDS, mutations: [update], onClose });
  const close = server.close;

  const onFinish = (v: Required<TemplatePatch>) => {
    if (!template) return;
    const patch: TemplatePatch = {};
    for (const f of FIELDS) if ((v[f] ?? '') !== (template[f] ?? '')) patch[f] = v[f] ?? '';
    if (Object.keys(patch).length === 0) return close();
    server.clearErrors();
    update.mutate(
      { code: template.code, patch },
      {
        onSuccess: () => {
          message.success(t('templates.saved'));
          close();
        },
        onError: server.onError,
      },
    );
  };

  return (
    <Modal
      open={template !== null}
      title={template ? t('templates.edit', { code: labelFor(t, 'templateKind', template.code) }) : ''}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
      width={720}
    >
      {template && (
        <Form<Required<TemplatePatch>>
          form={form}
          clearOnDestroy
          layout="vertical"
          requiredMark={false}
          initialValues={{ ...template, source: template.source ?? '' }}
          onFinish={onFinish}
          preserve={false}
        >
          <Form.Item name="title" label={t('templates.title')} rules={[{ required: true, whitespace: true, message: t('templates.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="body" label={t('templates.body')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="email_subject" label={t('templates.emailSubject')} rules={[{ required: true, whitespace: true, message: t('templates.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="email_body" label={t('templates.emailBody')} rules={[{ required: true, whitespace: true, message: t('templates.required') }]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
          </Form.Item>
          <Form.Item name="source" label={t('templates.source')}>
            <Input />
          </Form.Item>
          {server.alert}
        </Form>
      )}
    </Modal>
  );
}

/** `canEdit`: the global email templates carry password-reset links, so only the system
 * administrator edits them; other administrators read them. */
export function TemplatesSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const templates = useTemplates();
  const [editing, setEditing] = useState<Template | null>(null);

  const columns: ColumnsType<Template> = [
    {
      key: 'template',
      title: t('templates.template'),
      render: (_, tpl) => (
        <>
          <div className="cell-strong">{labelFor(t, 'templateKind', tpl.code)}</div>
          <div className="muted">{tpl.title}</div>
        </>
      ),
    },
    { key: 'subject', title: t('templates.emailSubject'), dataIndex: 'email_subject', responsive: ['md'] },
    {
      key: 'updated',
      title: t('templates.updatedAt'),
      responsive: ['lg'],
      render: (_, tpl) => (tpl.updated_at ? formatDateTime(tpl.updated_at) : <span className="muted">{t('templates.original')}</span>),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 110,
            render: (_: unknown, tpl: Template) => (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(tpl)} aria-label={t('templates.editNamed', { code: labelFor(t, 'templateKind', tpl.code) })}>
                {t('templates.editShort')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="templates-title" className="page-section">
      <Typography.Title level={2} id="templates-title" className="section-title">
        {t('templates.heading')}
      </Typography.Title>
      {templates.isError && <ErrorAlert error={templates.error} className="form-alert" />}
      <Table<Template>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={templates.data?.templates ?? []}
        loading={templates.isPending}
        pagination={false}
        expandable={{
          expandedRowRender: (tpl) => (
            <div className="template-preview">
              <div>
                <strong>{t('templates.body')}:</strong> {tpl.body}
              </div>
              <pre className="audit-changes">{tpl.email_body}</pre>
            </div>
          ),
          columnTitle: <span className="sr-only">{t('templates.preview')}</span>,
        }}
        className="responsive-table"
      />
      <EditTemplateModal template={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
