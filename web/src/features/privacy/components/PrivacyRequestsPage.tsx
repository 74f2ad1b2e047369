// /yeu-cau-du-lieu (privacy_requests): parents' requests about their child's personal data — to
// see it, correct it, delete it, object to a processing. The school records a request on the day
// it was received (the deadline follows the kind, with its legal source shown); its management
// answers or refuses with the reason; late ones stand out. Offices and the Department see the
// schools' requests and whether they were answered on time, without the parent's name.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { PageHeader } from '../../../components/PageHeader';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, formatDate, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { answerRequest } from '../api/answer-request';
import { useRequestKinds } from '../api/list-request-kinds';
import { useRequests, type PrivacyRequest } from '../api/list-requests';
import { useRecordRequest } from '../api/record-request';

const stateColor = { open: tagColors.blue, answered: tagColors.green, refused: tagColors.orange };

function RecordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const kinds = useRequestKinds();
  const record = useRecordRequest();
  const [form] = Form.useForm<{ requester_name: string; relation?: string; kind: string; details?: string; received_date: dayjs.Dayjs }>();
  const server = useServerForm(form, { fields: ['requester_name', 'relation', 'kind', 'details', 'received_date'], mutations: [record], onClose });
  const kind = Form.useWatch('kind', form);
  const chosen = kinds.data?.kinds.find((k) => k.code === kind);
  return (
    <Modal open={open} title={t('privacy.recordTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      <Form
        form={form}
        clearOnDestroy
        name="privacy-request"
        layout="vertical"
        requiredMark="optional"
        disabled={record.isPending}
        initialValues={{ received_date: dayjs(todayIso()) }}
        onFinish={(v) =>
          record.mutate(
            { requester_name: v.requester_name.trim(), relation: v.relation?.trim() || undefined, kind: v.kind, details: v.details?.trim() || undefined, received_date: v.received_date.format('YYYY-MM-DD') },
            {
              onSuccess: (r) => {
                message.success(t('privacy.recorded', { date: formatDate(r.request.deadline_date) }));
                server.close();
              },
              onError: server.onError,
            },
          )
        }
      >
        <Form.Item name="kind" label={t('privacy.kind')} rules={[{ required: true, message: t('privacy.kindRequired') }]} extra={chosen ? t('privacy.kindHelp', { days: chosen.deadline_days, source: chosen.source }) : undefined}>
          <Select options={(kinds.data?.kinds ?? []).map((k) => ({ value: k.code, label: k.name }))} />
        </Form.Item>
        <Form.Item name="requester_name" label={t('privacy.requester')} rules={[{ required: true, whitespace: true, message: t('privacy.requesterRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="relation" label={t('privacy.relation')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="received_date" label={t('privacy.received')} rules={[{ required: true, message: t('privacy.receivedRequired') }]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(todayIso()), 'day')} />
        </Form.Item>
        <Form.Item name="details" label={t('privacy.details')}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={record.isPending} submitLabel={t('privacy.save')} />
      </Form>
    </Modal>
  );
}

function AnswerModal({ request, onClose }: { request: PrivacyRequest | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const answer = useMutation({ mutationFn: answerRequest, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy', 'requests'] }) });
  const [form] = Form.useForm<{ answer: string; refused: boolean }>();
  const server = useServerForm(form, { fields: ['answer', 'refused'], mutations: [answer], onClose });
  return (
    <Modal open={request !== null} title={t('privacy.answerTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      {request && (
        <Form
          form={form}
          clearOnDestroy
          name="privacy-answer"
          layout="vertical"
          disabled={answer.isPending}
          initialValues={{ refused: false }}
          onFinish={(v) =>
            answer.mutate(
              { id: request.id, answer: v.answer.trim(), refused: v.refused },
              {
                onSuccess: (r) => {
                  message.success(r.request.on_time ? t('privacy.answeredOnTime') : t('privacy.answeredLate'));
                  server.close();
                },
                onError: server.onError,
              },
            )
          }
        >
          <Typography.Paragraph>{t('privacy.deadlineShown', { date: formatDate(request.deadline_date) })}</Typography.Paragraph>
          <Form.Item name="answer" label={t('privacy.answer')} rules={[{ required: true, whitespace: true, message: t('privacy.answerRequired') }]}>
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="refused" label={t('privacy.refused')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={answer.isPending} submitLabel={t('privacy.send')} />
        </Form>
      )}
    </Modal>
  );
}

export default function PrivacyRequestsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacy.title'));
  const user = useCurrentUser();
  const school = user.roles.some((r) => r === 'school_manager' || r === 'school_staff');
  const list = useRequests();
  const kinds = useRequestKinds();
  const kindName = (code: string) => kinds.data?.kinds.find((k) => k.code === code)?.name ?? code;
  const [recording, setRecording] = useState(false);
  const [answering, setAnswering] = useState<PrivacyRequest | null>(null);
  const columns: ColumnsType<PrivacyRequest> = [
    {
      key: 'what',
      title: t('privacy.kind'),
      render: (_, r) => (
        <>
          <div className="cell-strong">{kindName(r.kind)}</div>
          <div className="muted">{[r.requester_name, r.relation].filter(Boolean).join(' · ') || r.school?.name}</div>
          {r.details && <div>{r.details}</div>}
          {r.answer && <div className="muted">{t('privacy.answerShown', { answer: r.answer })}</div>}
        </>
      ),
    },
    { key: 'received', title: t('privacy.received'), width: 120, render: (_, r) => formatDate(r.received_date) },
    {
      key: 'deadline',
      title: t('privacy.deadline'),
      width: 130,
      render: (_, r) => (
        <>
          <div>{formatDate(r.deadline_date)}</div>
          {r.overdue && <Tag color={tagColors.red}>{t('privacy.overdue')}</Tag>}
          {r.on_time === false && <Tag color={tagColors.red}>{t('privacy.late')}</Tag>}
        </>
      ),
    },
    {
      key: 'state',
      title: t('privacy.state'),
      width: 150,
      render: (_, r) =>
        r.can_answer ? (
          <Button size="small" type="primary" onClick={() => setAnswering(r)}>
            {t('privacy.answerAction')}
          </Button>
        ) : (
          <Tag color={stateColor[r.state]}>{labelFor(t, 'privacyState', r.state)}</Tag>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('privacy.title')}
        description={t('privacy.description')}
        extra={
          school ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
              {t('privacy.record')}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <ErrorAlert error={list.error} />
        <Table<PrivacyRequest> rowKey="id" size="small" loading={list.isFetching} columns={columns} dataSource={list.data?.requests ?? []} pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }} locale={{ emptyText: t('privacy.none') }} />
      </Card>
      <RecordModal open={recording} onClose={() => setRecording(false)} />
      <AnswerModal request={answering} onClose={() => setAnswering(null)} />
    </>
  );
}
