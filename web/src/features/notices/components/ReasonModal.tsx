// A modal asking one text (a reason, an outcome) before a step: rejecting a match, closing or
// disputing a notice. `submit` sends the step; server field errors show on the text, and the
// notices' queries are refreshed after it.
import { App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';

interface ReasonModalProps<R> {
  open: boolean;
  title: string;
  label: string;
  requiredMessage: string;
  help?: string;
  submitLabel: string;
  /** Sends the step with the trimmed text. */
  submit: (text: string) => Promise<R>;
  /** The success message (may depend on the answer). */
  done: (answer: R) => string;
  onClose: () => void;
}

export function ReasonModal<R>({ open, title, label, requiredMessage, help, submitLabel, submit, done, onClose }: ReasonModalProps<R>) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const mutation = useMutation({ mutationFn: submit, onSuccess: () => void qc.invalidateQueries({ queryKey: ['notices'] }) });
  const [form] = Form.useForm<{ text: string }>();
  const server = useServerForm(form, { fields: ['text'], rename: () => 'text', mutations: [mutation], onClose });
  return (
    <Modal open={open} title={title} onCancel={server.close} footer={null} destroyOnHidden>
      {help && <Typography.Paragraph>{help}</Typography.Paragraph>}
      <Form
        form={form}
        clearOnDestroy
        name="reason"
        layout="vertical"
        disabled={mutation.isPending}
        onFinish={(v) =>
          mutation.mutate(v.text.trim(), {
            onSuccess: (answer) => {
              message.success(done(answer));
              server.close();
            },
            onError: server.onError,
          })
        }
      >
        <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: requiredMessage }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={mutation.isPending} submitLabel={submitLabel} />
      </Form>
    </Modal>
  );
}
