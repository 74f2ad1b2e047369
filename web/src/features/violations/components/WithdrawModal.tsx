// Withdraws a violation record (POST /api/v1/violations/{id}/withdraw) with the reason the officer
// gives; the record stays in the history but leaves the statistics.
import { App, Form, Input, Modal } from 'antd';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import type { Violation } from '../api/list-violations';
import { useWithdrawViolation } from '../api/withdraw-violation';

export function WithdrawModal({ violation, onClose }: { violation: Violation | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawViolation();
  const server = useServerForm(form, { fields: ['reason'], mutations: [withdraw], onClose });
  return (
    <Modal open={violation !== null} title={violation ? t('violations.withdrawNamed', { name: violation.full_name }) : ''} onCancel={server.close} footer={null} destroyOnHidden>
      {violation && (
        <Form
          form={form}
          clearOnDestroy
          name="withdraw-violation"
          layout="vertical"
          disabled={withdraw.isPending}
          onFinish={(v) =>
            withdraw.mutate(
              { id: violation.id, reason: v.reason.trim() },
              {
                onSuccess: () => {
                  message.success(t('violations.withdrawnDone'));
                  server.close();
                },
                onError: server.onError,
              },
            )
          }
        >
          <Form.Item name="reason" label={t('violations.withdrawReason')} rules={[{ required: true, whitespace: true, message: t('violations.withdrawReasonRequired') }]}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={withdraw.isPending} submitLabel={t('violations.withdraw')} />
        </Form>
      )}
    </Modal>
  );
}
