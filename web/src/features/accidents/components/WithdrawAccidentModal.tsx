// Withdraws an accident recorded by mistake (the recording unit), with the reason.
import { App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import type { Accident } from '../api/list-accidents';

interface Props {
  accident: Accident | null;
  submit: (input: { id: number; reason: string }) => Promise<unknown>;
  onClose: () => void;
}

export function WithdrawAccidentModal({ accident, submit, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const withdraw = useMutation({ mutationFn: submit, onSuccess: () => void qc.invalidateQueries({ queryKey: ['accidents'] }) });
  const [form] = Form.useForm<{ reason: string }>();
  const server = useServerForm(form, { fields: ['reason'], mutations: [withdraw], onClose });
  return (
    <Modal open={accident !== null} title={accident ? t('accidents.withdrawNamed', { date: formatDate(accident.date) }) : ''} onCancel={server.close} footer={null} destroyOnHidden>
      {accident && (
        <Form
          form={form}
          clearOnDestroy
          name="withdraw-accident"
          layout="vertical"
          disabled={withdraw.isPending}
          onFinish={(v) =>
            withdraw.mutate(
              { id: accident.id, reason: v.reason.trim() },
              {
                onSuccess: () => {
                  message.success(t('accidents.withdrawn'));
                  server.close();
                },
                onError: server.onError,
              },
            )
          }
        >
          <Form.Item name="reason" label={t('accidents.withdrawReason')} rules={[{ required: true, whitespace: true, message: t('accidents.withdrawReasonRequired') }]}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={withdraw.isPending} submitLabel={t('accidents.withdraw')} />
        </Form>
      )}
    </Modal>
  );
}
