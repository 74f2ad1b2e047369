// The steps of the detail page that ask something first: return a draft (with a reason), number and
// issue (the resolved recipients and their total shown first), the e-office number.
import { Alert, App, Form, Input, Modal, Skeleton, Typography } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { useIssueDocument } from '../api/issue-document';
import type { OfficialDocument } from '../api/model';
import { useRecipientsPreview } from '../api/preview-recipients';
import { useReturnDocument } from '../api/return-document';
import { useSetEofficeRef } from '../api/set-eoffice-ref';
import { ResolutionView } from './ResolutionView';

export function ReturnModal({ doc, onClose }: { doc: OfficialDocument; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const ret = useReturnDocument();
  const server = useServerForm(form, { fields: ['comment'], mutations: [ret], onClose });
  return (
    <Modal open title={t('doc.returnTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      <Form
        form={form}
        clearOnDestroy
        name="return-document"
        layout="vertical"
        disabled={ret.isPending}
        onFinish={(v) =>
          ret.mutate(
            { id: doc.id, vars: { comment: v.comment.trim() } },
            {
              onSuccess: () => {
                message.success(t('doc.returned'));
                server.close();
              },
              onError: server.onError,
            },
          )
        }
      >
        <Form.Item name="comment" label={t('doc.returnReason')} rules={[{ required: true, whitespace: true, message: t('doc.returnReasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={ret.isPending} submitLabel={t('doc.action.return')} />
      </Form>
    </Modal>
  );
}

export function EofficeModal({ doc, onClose }: { doc: OfficialDocument; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ eoffice_ref: string }>();
  const set = useSetEofficeRef();
  const server = useServerForm(form, { fields: ['eoffice_ref'], mutations: [set], onClose });
  return (
    <Modal open title={t('doc.eofficeTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      <Form
        form={form}
        clearOnDestroy
        name="eoffice-ref"
        layout="vertical"
        initialValues={{ eoffice_ref: doc.eoffice_ref ?? '' }}
        disabled={set.isPending}
        onFinish={(v) =>
          set.mutate(
            { id: doc.id, vars: { eoffice_ref: v.eoffice_ref?.trim() || null } },
            {
              onSuccess: () => {
                message.success(t('doc.eofficeSaved'));
                server.close();
              },
              onError: server.onError,
            },
          )
        }
      >
        <Form.Item name="eoffice_ref" label={t('doc.eofficeRef')} extra={t('doc.eofficeHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={set.isPending} />
      </Form>
    </Modal>
  );
}

export function IssueModal({ doc, onClose }: { doc: OfficialDocument; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const issue = useIssueDocument();
  const rules = doc.recipients ?? {};
  const hasRules = (rules.units?.length ?? 0) + (rules.groups?.length ?? 0) > 0;
  const preview = useRecipientsPreview(rules, hasRules);
  const total = preview.data?.resolution.total ?? 0;
  const blocked = hasRules && (preview.isPending || total === 0);
  const close = () => {
    issue.reset();
    onClose();
  };
  return (
    <Modal
      open
      title={t('doc.issueTitle')}
      onCancel={close}
      destroyOnHidden
      okText={hasRules ? t('doc.issueOk', { total }) : t('doc.issueNoRecipientsOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: blocked, loading: issue.isPending }}
      onOk={() =>
        issue.mutate(
          { id: doc.id, vars: undefined },
          {
            onSuccess: (data) => {
              message.success(t('doc.issued', { number: data.document.number_text ?? '' }));
              close();
            },
          },
        )
      }
    >
      <Typography.Paragraph>{t('doc.issueHelp')}</Typography.Paragraph>
      {!hasRules && <Alert type="info" showIcon title={t('doc.issueNoRecipients')} />}
      {hasRules && preview.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {hasRules && preview.data && <ResolutionView resolution={preview.data.resolution} />}
      <ErrorAlert error={preview.error ?? issue.error} className="form-alert" />
    </Modal>
  );
}
