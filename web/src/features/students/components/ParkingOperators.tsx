// The parking operators near one school with their coverage (signed ÷ listed); with
// record_commitments at that school: add, edit (name, address, date signed) and delete.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Popconfirm, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useCreateParkingOperator } from '../api/create-parking-operator';
import { useDeleteParkingOperator } from '../api/delete-parking-operator';
import { useParkingOperators } from '../api/list-parking-operators';
import type { ParkingOperator } from '../api/model';
import { useUpdateParkingOperator } from '../api/update-parking-operator';
import { formatShare } from '../lib/students';

export function ParkingOperators({ unitId, canEdit }: { unitId: number; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const list = useParkingOperators(unitId);
  const remove = useDeleteParkingOperator();
  const [editing, setEditing] = useState<ParkingOperator | 'new' | null>(null);
  const ops = list.data?.parking_operators ?? [];
  const signed = ops.filter((o) => o.signed_date).length;

  return (
    <div className="parking-operators">
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <span className="coverage-figure">{t('parking.coverage', { signed, listed: ops.length, share: formatShare(ops.length ? signed / ops.length : null, lang) })}</span>
        {canEdit && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('parking.add')}
          </Button>
        )}
      </Flex>
      {list.isError && <ErrorAlert error={list.error} className="form-alert" />}
      {remove.error != null && <ErrorAlert error={remove.error} className="form-alert" />}
      <Table<ParkingOperator>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={ops}
        pagination={false}
        locale={{ emptyText: t('parking.empty') }}
        columns={[
          {
            key: 'name',
            title: t('parking.name'),
            render: (_, o) => (
              <>
                <div className="cell-strong">{o.name}</div>
                {o.address && <div className="muted">{o.address}</div>}
              </>
            ),
          },
          {
            key: 'status',
            title: t('parking.status'),
            width: 170,
            render: (_, o) => (
              <>
                <Tag color={o.signed_date ? 'green' : undefined}>{o.status_label}</Tag>
                {o.signed_date && <div className="muted">{formatDate(o.signed_date)}</div>}
              </>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 110,
                  render: (_: unknown, o: ParkingOperator) => (
                    <Flex gap={4} role="group" aria-label={t('parking.actionsFor', { name: o.name })}>
                      <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(o)} aria-label={`${t('parking.edit')} ${o.name}`} />
                      <Popconfirm title={t('parking.deleteConfirm', { name: o.name })} okText={t('parking.delete')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(o.id, { onSuccess: () => message.success(t('parking.deleted')) })}>
                        <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('parking.delete')} ${o.name}`} />
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <OperatorModal unitId={unitId} operator={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

interface Values {
  name: string;
  address?: string;
  signed_date?: Dayjs | null;
}

const FIELDS = ['name', 'address', 'signed_date'] as const;

function OperatorModal({ unitId, operator, onClose }: { unitId: number; operator: ParkingOperator | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateParkingOperator(unitId);
  const update = useUpdateParkingOperator();
  const server = useServerForm(form, { fields: FIELDS, mutations: [create, update], onClose });
  const busy = create.isPending || update.isPending;

  const submit = (v: Values) => {
    server.clearErrors();
    const body = { name: v.name.trim(), address: v.address?.trim() ?? '', signed_date: v.signed_date ? v.signed_date.format('YYYY-MM-DD') : null };
    const done = {
      onSuccess: () => {
        message.success(t('parking.savedMsg'));
        server.close();
      },
      onError: server.onError,
    };
    if (operator) update.mutate({ id: operator.id, body }, done);
    else create.mutate(body, done);
  };

  return (
    <Modal open title={operator ? t('parking.editTitle') : t('parking.add')} onCancel={server.close} footer={null} destroyOnHidden width={560}>
      <Form<Values>
        form={form}
        clearOnDestroy
        name="parking-operator"
        layout="vertical"
        disabled={busy}
        initialValues={{ name: operator?.name ?? '', address: operator?.address ?? '', signed_date: operator?.signed_date ? dayjs(operator.signed_date) : null }}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('parking.name')} rules={[{ required: true, whitespace: true, message: t('parking.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="address" label={t('parking.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="signed_date" label={t('parking.signedDate')} extra={t('parking.signedDateHelp')}>
          <DatePicker format={DISPLAY_DATE_FORMAT} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={busy} />
      </Form>
    </Modal>
  );
}
