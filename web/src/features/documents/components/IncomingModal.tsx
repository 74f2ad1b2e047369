// "Vào sổ văn bản đến" (POST /api/v1/documents/incoming): a document from outside the system entered
// in the unit's incoming register by hand; its page opens afterwards to attach the file.
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useDocumentTypes } from '../api/list-document-types';
import { URGENCIES, type Urgency } from '../api/model';
import { useRegisterIncoming } from '../api/register-incoming';

interface Values {
  type_code: string;
  number_text: string;
  issued_date: Dayjs;
  sender_name: string;
  subject: string;
  received_date?: Dayjs;
  eoffice_ref?: string;
  urgency: Urgency;
}

const FIELDS = ['type_code', 'number_text', 'issued_date', 'sender_name', 'subject', 'received_date', 'eoffice_ref', 'urgency'];

export function IncomingModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const types = useDocumentTypes();
  const register = useRegisterIncoming();
  const server = useServerForm(form, { fields: FIELDS, mutations: [register], onClose });

  const submit = (v: Values) => {
    server.clearErrors();
    register.mutate(
      {
        type_code: v.type_code,
        number_text: v.number_text.trim(),
        issued_date: v.issued_date.format('YYYY-MM-DD'),
        sender_name: v.sender_name.trim(),
        subject: v.subject.trim(),
        received_date: v.received_date ? v.received_date.format('YYYY-MM-DD') : undefined,
        eoffice_ref: v.eoffice_ref?.trim() || undefined,
        urgency: v.urgency,
      },
      {
        onSuccess: (data) => {
          message.success(t('doc.incomingSaved'));
          server.close();
          navigate(`/van-ban/${data.document.id}`);
        },
        onError: server.onError,
      },
    );
  };

  return (
    <Modal open title={t('doc.incomingTitle')} onCancel={server.close} footer={null} destroyOnHidden width={640}>
      <Typography.Paragraph className="muted">{t('doc.incomingHelp')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        clearOnDestroy
        name="incoming-document"
        layout="vertical"
        disabled={register.isPending}
        initialValues={{ urgency: '', received_date: dayjs() }}
        onFinish={submit}
      >
        <Form.Item name="type_code" label={t('doc.type')} rules={[{ required: true, message: t('doc.typeRequired') }]}>
          <Select loading={types.isPending} options={(types.data?.types ?? []).map((x) => ({ value: x.code, label: x.name }))} />
        </Form.Item>
        <Form.Item name="number_text" label={t('doc.incomingNumberText')} rules={[{ required: true, whitespace: true, message: t('doc.incomingNumberRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="sender_name" label={t('doc.senderName')} rules={[{ required: true, whitespace: true, message: t('doc.senderRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="subject" label={t('doc.subject')} rules={[{ required: true, whitespace: true, message: t('doc.subjectRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
        <div className="doc-row-fields">
          <Form.Item name="issued_date" label={t('doc.issuedDate')} rules={[{ required: true, message: t('doc.issuedDateRequired') }]}>
            <DatePicker format={DISPLAY_DATE_FORMAT} className="doc-full-width" />
          </Form.Item>
          <Form.Item name="received_date" label={t('doc.received')}>
            <DatePicker format={DISPLAY_DATE_FORMAT} className="doc-full-width" />
          </Form.Item>
        </div>
        <div className="doc-row-fields">
          <Form.Item name="urgency" label={t('doc.urgency')}>
            <Select options={URGENCIES.map((u) => ({ value: u, label: labelFor(t, 'docUrgency', u) }))} />
          </Form.Item>
          <Form.Item name="eoffice_ref" label={t('doc.eofficeRef')}>
            <Input maxLength={100} />
          </Form.Item>
        </div>
        {server.alert}
        <FormFooter onCancel={server.close} busy={register.isPending} submitLabel={t('doc.registerIncoming')} />
      </Form>
    </Modal>
  );
}
