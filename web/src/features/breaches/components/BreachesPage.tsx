// /su-co-du-lieu (manage_breaches): the breach log of the unit's subtree — each incident with the
// instant it was detected, the data and people affected, and the 72-hour duty to notify the
// authority (hours left, overdue, notified on time or late); record a new incident, then record
// the notification, the people told, the measures, and close it.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { PageHeader } from '../../../components/PageHeader';
import { useServerForm } from '../../../components/use-server-form';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useBreaches, type Breach } from '../api/list-breaches';
import '../breaches.css';
import { recordBreach } from '../api/record-breach';
import { updateBreach } from '../api/update-breach';

const FORMAT = 'DD/MM/YYYY HH:mm';
const iso = (d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DDTHH:mm') : undefined);
const notFuture = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'minute');

function useRefresh<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: ['breaches'] }) });
}

function RecordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const record = useRefresh(recordBreach);
  const [form] = Form.useForm<{ detected_at: dayjs.Dayjs; description: string; data_affected?: string; subjects_count?: number; measures?: string }>();
  const server = useServerForm(form, { fields: ['detected_at', 'description', 'data_affected', 'subjects_count', 'measures'], mutations: [record], onClose });
  return (
    <Modal open={open} title={t('breaches.recordTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      <Form
        form={form}
        clearOnDestroy
        name="record-breach"
        layout="vertical"
        requiredMark="optional"
        disabled={record.isPending}
        onFinish={(v) =>
          record.mutate(
            { detected_at: iso(v.detected_at) ?? '', description: v.description.trim(), data_affected: v.data_affected?.trim() || undefined, subjects_count: v.subjects_count ?? undefined, measures: v.measures?.trim() || undefined },
            {
              onSuccess: (r) => {
                message.success(t('breaches.recorded', { at: formatDateTime(r.breach.notify_due_at) }));
                server.close();
              },
              onError: server.onError,
            },
          )
        }
      >
        <Form.Item name="detected_at" label={t('breaches.detected')} rules={[{ required: true, message: t('breaches.detectedRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={FORMAT} disabledDate={notFuture} />
        </Form.Item>
        <Form.Item name="description" label={t('breaches.description')} rules={[{ required: true, whitespace: true, message: t('breaches.descriptionRequired') }]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="data_affected" label={t('breaches.data')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="subjects_count" label={t('breaches.subjects')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="measures" label={t('breaches.measures')}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={record.isPending} submitLabel={t('breaches.save')} />
      </Form>
    </Modal>
  );
}

function UpdateModal({ breach, onClose }: { breach: Breach | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const update = useRefresh(updateBreach);
  const [form] = Form.useForm<{ authority_notified_at?: dayjs.Dayjs; authority_reference?: string; subjects_notified_at?: dayjs.Dayjs; measures?: string; close: boolean }>();
  const server = useServerForm(form, { fields: ['authority_notified_at', 'authority_reference', 'subjects_notified_at', 'measures', 'close'], mutations: [update], onClose });
  return (
    <Modal open={breach !== null} title={t('breaches.updateTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      {breach && (
        <Form
          form={form}
          clearOnDestroy
          name="update-breach"
          layout="vertical"
          requiredMark="optional"
          disabled={update.isPending}
          initialValues={{
            authority_notified_at: breach.authority_notified_at ? dayjs(breach.authority_notified_at) : undefined,
            authority_reference: breach.authority_reference ?? undefined,
            subjects_notified_at: breach.subjects_notified_at ? dayjs(breach.subjects_notified_at) : undefined,
            measures: breach.measures,
            close: false,
          }}
          onFinish={(v) =>
            update.mutate(
              { id: breach.id, authority_notified_at: iso(v.authority_notified_at), authority_reference: v.authority_reference?.trim() || undefined, subjects_notified_at: iso(v.subjects_notified_at), measures: v.measures ?? '', close: v.close },
              {
                onSuccess: () => {
                  message.success(t('breaches.saved'));
                  server.close();
                },
                onError: server.onError,
              },
            )
          }
        >
          <Form.Item name="authority_notified_at" label={t('breaches.notifiedAt')} extra={t('breaches.dueShown', { at: formatDateTime(breach.notify_due_at) })}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={FORMAT} disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="authority_reference" label={t('breaches.reference')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="subjects_notified_at" label={t('breaches.subjectsTold')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={FORMAT} disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="measures" label={t('breaches.measures')}>
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="close" label={t('breaches.close')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={update.isPending} submitLabel={t('breaches.save')} />
        </Form>
      )}
    </Modal>
  );
}

export default function BreachesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('breaches.title'));
  const list = useBreaches();
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<Breach | null>(null);
  const columns: ColumnsType<Breach> = [
    {
      key: 'what',
      title: t('breaches.incident'),
      render: (_, b) => (
        <>
          <div className="cell-strong">{b.description}</div>
          <div className="muted">{[b.unit?.name, b.data_affected, b.subjects_count !== null ? t('breaches.subjectsShown', { n: b.subjects_count }) : ''].filter(Boolean).join(' · ')}</div>
          {b.measures && <div className="muted">{t('breaches.measuresShown', { m: b.measures })}</div>}
        </>
      ),
    },
    { key: 'detected', title: t('breaches.detected'), width: 150, responsive: ['md'], render: (_, b) => formatDateTime(b.detected_at) },
    {
      key: 'notify',
      title: t('breaches.notify'),
      width: 150,
      render: (_, b) =>
        b.authority_notified_at ? (
          <>
            <div>{formatDateTime(b.authority_notified_at)}</div>
            {b.authority_reference && <div className="muted">{b.authority_reference}</div>}
            <Tag color={b.notified_on_time ? tagColors.green : tagColors.red}>{b.notified_on_time ? t('breaches.onTime') : t('breaches.late')}</Tag>
          </>
        ) : b.overdue ? (
          <Tag color={tagColors.red}>{t('breaches.overdue')}</Tag>
        ) : (
          <Tag color={tagColors.orange}>{t('breaches.hoursLeft', { n: b.hours_left ?? 0 })}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, b) =>
        b.closed_at ? (
          <Tag color={tagColors.grey}>{t('breaches.closed')}</Tag>
        ) : (
          <Button size="small" onClick={() => setEditing(b)}>
            {t('breaches.update')}
          </Button>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('breaches.title')}
        description={t('breaches.descriptionText')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
            {t('breaches.record')}
          </Button>
        }
      />
      <Card size="small">
        <ErrorAlert error={list.error} />
        <Table<Breach> rowKey="id" size="small" className="breach-table" loading={list.isFetching} columns={columns} dataSource={list.data?.breaches ?? []} pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }} locale={{ emptyText: t('breaches.none') }} />
      </Card>
      <RecordModal open={recording} onClose={() => setRecording(false)} />
      <UpdateModal breach={editing} onClose={() => setEditing(null)} />
    </>
  );
}
